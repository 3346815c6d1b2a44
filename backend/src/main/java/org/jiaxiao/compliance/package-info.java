/**
 * The school's rules made operational: versioned policies (quotas, deadlines, reminders),
 * the school calendar (terms, breaks, public holidays, make-up working days), obligations
 * (tasks with a due time created by timeline events and a sweep) and compliance reports
 * computed by aggregation over the embedded timelines.
 */
@NullMarked
package org.jiaxiao.compliance;

import org.jspecify.annotations.NullMarked;
