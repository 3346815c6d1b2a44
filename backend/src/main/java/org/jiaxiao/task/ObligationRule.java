package org.jiaxiao.task;

/**
 * The rule that created an obligation. Most are satisfied by a matching contact on the
 * student's timeline; the tutoring centre's paperwork (a file received, a plan written)
 * leaves no contact behind and is completed by hand with a note.
 */
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
	FOCUS_WINTER_VISIT,
	/** 接档: the learning manager receives the new student's file after the contract. */
	ONBOARDING_FILE(true),
	/** 接档后电话: the learning manager phones the parents after receiving the file. */
	ONBOARDING_PARENT_CALL,
	/** 与咨询师沟通: the learning manager talks the student over with the consultant. */
	ONBOARDING_CONSULTANT_TALK(true),
	/** 首课通知: the parents told time, place and subjects before the first lesson. */
	FIRST_LESSON_NOTICE,
	/** 首课当天回访: a call or meeting with the parents on the first lesson's day. */
	FIRST_LESSON_CALL,
	/** 《学生学习管理方案》 after the first weeks of lessons. */
	LEARNING_PLAN(true),
	/**
	 * 《学生个性化辅导方案》 and 《阶段性总结》 to the parents in week 4 or after 20 lessons.
	 */
	TUTORING_PLAN(true),
	/**
	 * 回访: one follow-up with the family in a week (the first months) or a fortnight
	 * (later); one contact counts for one such task.
	 */
	CADENCE_FOLLOW_UP,
	/** 成长记录: a student's growth record of the month. */
	GROWTH_RECORD(true);

	private final boolean completedByHand;

	ObligationRule() {
		this(false);
	}

	ObligationRule(boolean completedByHand) {
		this.completedByHand = completedByHand;
	}

	/**
	 * Whether a person marks it done with a note, because no timeline entry shows it was
	 * done; contacts never satisfy such a rule.
	 */
	public boolean completedByHand() {
		return this.completedByHand;
	}

	/**
	 * Whether one contact may satisfy at most one task of this rule for the same trigger:
	 * two follow-ups a fortnight need two contacts.
	 */
	boolean oneContactEach() {
		return this == CADENCE_FOLLOW_UP;
	}

}
