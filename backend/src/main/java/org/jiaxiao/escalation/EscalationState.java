package org.jiaxiao.escalation;

/** Where an escalation stands. */
public enum EscalationState {

	/** Being worked on. */
	OPEN,
	/** Settled: the family stays or the matter is dealt with. */
	RESOLVED,
	/** Refund approved by the president: the family has left. */
	REFUNDED,
	/** The refund was refused (by finance or the president). */
	REFUND_REFUSED;

	public boolean closed() {
		return this != OPEN;
	}

}
