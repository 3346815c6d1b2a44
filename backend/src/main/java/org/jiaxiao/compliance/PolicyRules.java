package org.jiaxiao.compliance;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.timeline.ContactForm;

/**
 * A school's rules as numbers, one typed field each: what the presets fill in and the
 * principal may change. A null section means the school has no such rule (a tutoring
 * centre has no homeroom quota; a primary school no onboarding deadlines).
 *
 * @param contactsPerTeacherPerMonth families every teacher contacts a month, any form
 * @param homeroom the homeroom teacher's home visits
 * @param subjectTeacher a subject teacher's home visits
 * @param homeVisitForms the forms that count as a home visit
 * @param focus extra visits for focus students
 * @param immediate the immediate visit after an incident
 * @param meetings meetings and surveys
 * @param coverage face-to-face coverage of families (secondary school)
 * @param onboarding a new student's deadlines (tutoring centre)
 * @param reminders in-app reminders and quiet hours
 */
public record PolicyRules(@Nullable Integer contactsPerTeacherPerMonth, @Nullable HomeVisitQuota homeroom,
		@Nullable HomeVisitQuota subjectTeacher, List<ContactForm> homeVisitForms, @Nullable FocusVisitRules focus,
		@Nullable ImmediateVisitRules immediate, @Nullable MeetingRules meetings, @Nullable CoverageRules coverage,
		@Nullable OnboardingRules onboarding, ReminderRules reminders) {

	public PolicyRules {
		homeVisitForms = (homeVisitForms != null && !homeVisitForms.isEmpty()) ? List.copyOf(homeVisitForms)
				: List.of(ContactForm.HOME_VISIT);
		reminders = (reminders != null) ? reminders : new ReminderRules(24, "21:00", "07:00");
	}

	/** The home-visit quota of a teacher's role, if the school sets one. */
	public @Nullable HomeVisitQuota homeVisits(TeacherRole role) {
		return (role == TeacherRole.HOMEROOM) ? this.homeroom : this.subjectTeacher;
	}

}
