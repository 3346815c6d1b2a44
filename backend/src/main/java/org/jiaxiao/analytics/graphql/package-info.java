/** The {@code analytics} entry point of the graph. */
@NullMarked
package org.jiaxiao.analytics.graphql;

import org.jspecify.annotations.NullMarked;
