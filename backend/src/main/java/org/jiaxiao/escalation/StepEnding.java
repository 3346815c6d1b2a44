package org.jiaxiao.escalation;

/** How a step ended. */
public enum StepEnding {

	ADVANCED, RESOLVED, REFUNDED, REFUND_REFUSED

}
