package org.jiaxiao.policy;

/** Which chain an escalation follows. */
public enum EscalationChainKind {

	/**
	 * A matter found at a contact that needs the school: to the moral-education office
	 * (德育处) at once, and on to school leadership (校委会).
	 */
	SCHOOL_REFERRAL,
	/**
	 * A tutoring centre's retention chain: warning sign (苗头) → retention (保单) → report →
	 * director's review → refund.
	 */
	RETENTION

}
