package org.jiaxiao.compliance;

/** The rule that created an obligation. */
public enum ObligationRule {

	/**
	 * 立即家访: an incident calls for a contact by the homeroom teacher within the deadline.
	 */
	IMMEDIATE_VISIT,
	/** A follow-up action agreed at a contact, due on its date. */
	FOLLOW_UP,
	/**
	 * A focus student not yet visited this school year, to be visited by the winter
	 * break's end.
	 */
	FOCUS_WINTER_VISIT

}
