package org.jiaxiao.escalation;

import java.util.EnumSet;
import java.util.Set;

/** What happened to an escalation, as its own audit records it. */
public enum EscalationEventType {

	OPENED, ACKNOWLEDGED, ACTION_RECORDED, ADVANCED, RESOLVED, REASONS_TAGGED, REFUND_APPLIED, FINANCE_REVIEWED,
	REFUND_DECIDED, OVERDUE;

	/**
	 * The events the teacher sees on the student's timeline: how the matter moves. The
	 * working notes (actions, reasons) and the sweep's flags stay in the escalation.
	 */
	static final Set<EscalationEventType> ON_TIMELINE = EnumSet.of(OPENED, ACKNOWLEDGED, ADVANCED, RESOLVED,
			REFUND_APPLIED, FINANCE_REVIEWED, REFUND_DECIDED);

}
