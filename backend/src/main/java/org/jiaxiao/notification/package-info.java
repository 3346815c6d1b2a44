/**
 * Notifications to staff: reminders before a due time and notices of what is overdue,
 * each created once, listed and marked read.
 */
@NullMarked
package org.jiaxiao.notification;

import org.jspecify.annotations.NullMarked;
