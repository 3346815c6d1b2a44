@NullMarked
package org.jiaxiao.directory.graphql;

import org.jspecify.annotations.NullMarked;
