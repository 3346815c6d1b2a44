package org.jiaxiao.policy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;

/**
 * The three starting points, with the source documents' default numbers (docs/DOMAIN.md §
 * Quotas and coverage). A school picks one and changes what differs.
 */
public enum PolicyPreset {

	/**
	 * Primary school (000): 8 families a month per teacher; homeroom 10 home visits a
	 * month, every student once a school year, 6 in the winter break, every student of a
	 * newly taken class in the summer; subject teachers 3 a month, 4 winter, 6 summer;
	 * focus students 1–2 extra a year and visited in the winter break; immediate visit
	 * within 24 h; 2 parent meetings, a 30 % survey and 1 committee meeting per term; a
	 * matter that needs the school goes to 德育处 the same working day, then to 校委会.
	 */
	PRIMARY(new PolicyRules(8, new HomeVisitQuota(10, 6, null, true, true), new HomeVisitQuota(3, 4, 6, false, false),
			List.of(ContactForm.HOME_VISIT), new FocusVisitRules(1, 2, true, 30), new ImmediateVisitRules(24, 2),
			new MeetingRules(2, 1, 30, 0, 0), null, null, new ReminderRules(24, "21:00", "07:00"),
			List.of(EscalationPresets.SCHOOL_REFERRAL))),

	/**
	 * Secondary school (002): face to face with at least a third of a class's families
	 * each school year and every family within 3 years; the homeroom teacher visits every
	 * student once a year; an immediate visit after an emergency; a parent meeting per
	 * term (2, as the primary rule), an open day and a parent workshop a year; the same
	 * school referral as the primary preset.
	 */
	SECONDARY(new PolicyRules(null, new HomeVisitQuota(0, null, null, true, true), null,
			List.of(ContactForm.HOME_VISIT), null, new ImmediateVisitRules(24, 2), new MeetingRules(2, 1, 30, 1, 1),
			new CoverageRules(33.3, 3,
					List.of(ContactForm.HOME_VISIT, ContactForm.PARENT_VISIT, ContactForm.INVITED_VISIT,
							ContactForm.VIDEO_CALL)),
			null, new ReminderRules(24, "21:00", "07:00"), List.of(EscalationPresets.SCHOOL_REFERRAL))),

	/**
	 * Tutoring centre (001): the learning manager's onboarding deadlines — file within 2
	 * working days, call within 1 day of it, consultant within 24 h, the parents told 24
	 * h before the first lesson, a call on its day, a plan at 3 weeks, a tutoring plan in
	 * week 4 (or after 20 lessons), weekly follow-ups for 2 months then 1–2 a fortnight,
	 * scores within a week, a growth record a month; the five-step retention chain from a
	 * warning sign to the refund (see {@link EscalationPresets#RETENTION}).
	 */
	TUTORING(new PolicyRules(null, null, null, List.of(ContactForm.HOME_VISIT), null, new ImmediateVisitRules(24, 2),
			null, null, new OnboardingRules(2, 1, 24, 24, true, 3, 4, 20, 2, 1, 2, 7, 1),
			new ReminderRules(24, "21:00", "07:00"), List.of(EscalationPresets.RETENTION)));

	private final PolicyRules rules;

	PolicyPreset(PolicyRules rules) {
		this.rules = rules;
	}

	public PolicyRules rules() {
		return this.rules;
	}

	/**
	 * The kinds of contact a school on this preset records. 普访, 随访 and 定访 are the phases
	 * of the secondary-school rules only: a primary school or a tutoring centre that
	 * records one has picked the wrong kind, so it is refused rather than counted
	 * nowhere.
	 */
	public Set<ContactKind> contactKinds() {
		return (this == SECONDARY) ? EnumSet.allOf(ContactKind.class)
				: EnumSet.of(ContactKind.ROUTINE, ContactKind.FOCUS, ContactKind.IMMEDIATE);
	}

}
