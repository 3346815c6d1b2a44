package org.jiaxiao.task;

/** Where an obligation stands. */
public enum ObligationState {

	/** To do, not yet due. */
	OPEN,
	/** Satisfied by a timeline entry. */
	DONE,
	/** Past due and not satisfied. */
	OVERDUE,
	/** Set aside by an overseer, with a reason. */
	WAIVED;

	public boolean closed() {
		return this == DONE || this == WAIVED;
	}

}
