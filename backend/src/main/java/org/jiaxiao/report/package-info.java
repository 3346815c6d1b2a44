/**
 * Compliance reports computed by aggregation over the embedded timelines: contacts and
 * home visits against the quotas, immediate visits, overdue tasks and class meetings, per
 * school, grade, class or teacher and period.
 */
@NullMarked
package org.jiaxiao.report;

import org.jspecify.annotations.NullMarked;
