/** Policies, the calendar, tasks, notifications and compliance reports in the graph. */
@NullMarked
package org.jiaxiao.compliance.graphql;

import org.jspecify.annotations.NullMarked;
