package org.jiaxiao.escalation;

import java.time.Instant;
import java.time.ZoneId;

import org.jiaxiao.calendar.WorkingDays;
import org.jiaxiao.policy.EscalationStepRule;

/**
 * A school's calendar as step deadlines need it: its working days (holidays off, make-up
 * days worked) and its zone.
 *
 * @param days the working days
 * @param zone the school's zone
 */
record Deadlines(WorkingDays days, ZoneId zone) {

	Instant dueAt(EscalationStepRule rule, Instant start) {
		return rule.deadline().dueAt(start, this.days, this.zone);
	}

}
