/**
 * The school's rules as versioned policies: quotas, deadlines, reminders, escalation
 * chains and tutoring cadence, built from presets, checked, compared and kept as history.
 */
@NullMarked
package org.jiaxiao.policy;

import org.jspecify.annotations.NullMarked;
