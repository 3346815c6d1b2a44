/**
 * The school calendar in the graph.
 */
@NullMarked
package org.jiaxiao.calendar.graphql;

import org.jspecify.annotations.NullMarked;
