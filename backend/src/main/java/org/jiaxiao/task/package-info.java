/**
 * Obligations (tasks with a due time) and the rules that create them: timeline events,
 * tutoring contracts and a periodic sweep that also catches up, marks overdue and
 * reminds.
 */
@NullMarked
package org.jiaxiao.task;

import org.jspecify.annotations.NullMarked;
