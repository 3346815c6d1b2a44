/**
 * Meetings of a class with its families: parent meetings (家长会), parent-committee meetings
 * (家委会) with minutes and resolutions followed up at the next one, open days and parent
 * workshops. Compliance sets the counts against the policy's meeting rules.
 */
@NullMarked
package org.jiaxiao.meeting;

import org.jspecify.annotations.NullMarked;
