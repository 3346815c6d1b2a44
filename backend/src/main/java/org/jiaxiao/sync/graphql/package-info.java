/** {@code Query.changes} in the graph. */
@NullMarked
package org.jiaxiao.sync.graphql;

import org.jspecify.annotations.NullMarked;
