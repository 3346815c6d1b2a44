/**
 * Compliance reports and class meeting figures in the graph.
 */
@NullMarked
package org.jiaxiao.report.graphql;

import org.jspecify.annotations.NullMarked;
