/**
 * Tasks in the graph, and a student's open tasks.
 */
@NullMarked
package org.jiaxiao.task.graphql;

import org.jspecify.annotations.NullMarked;
