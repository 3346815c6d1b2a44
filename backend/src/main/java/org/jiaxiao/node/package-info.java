/** {@code node(id)}: fetching any object by id, through each feature's access checks. */
@NullMarked
package org.jiaxiao.node;

import org.jspecify.annotations.NullMarked;
