package org.jiaxiao.policy;

import java.util.List;
import java.util.Optional;

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
 * @param escalationChains the escalation chains; null in versions stored before chains
 * were policy, which read as their preset's (see {@link PolicyVersion})
 */
public record PolicyRules(@Nullable Integer contactsPerTeacherPerMonth, @Nullable HomeVisitQuota homeroom,
		@Nullable HomeVisitQuota subjectTeacher, List<ContactForm> homeVisitForms, @Nullable FocusVisitRules focus,
		@Nullable ImmediateVisitRules immediate, @Nullable MeetingRules meetings, @Nullable CoverageRules coverage,
		@Nullable OnboardingRules onboarding, ReminderRules reminders,
		@Nullable List<EscalationChainRules> escalationChains) {

	public PolicyRules {
		homeVisitForms = (homeVisitForms != null && !homeVisitForms.isEmpty()) ? List.copyOf(homeVisitForms)
				: List.of(ContactForm.HOME_VISIT);
		reminders = (reminders != null) ? reminders : new ReminderRules(24, "21:00", "07:00");
		escalationChains = (escalationChains != null) ? List.copyOf(escalationChains) : null;
	}

	/** The same rules with these chains. */
	public PolicyRules withEscalationChains(@Nullable List<EscalationChainRules> chains) {
		return new PolicyRules(this.contactsPerTeacherPerMonth, this.homeroom, this.subjectTeacher, this.homeVisitForms,
				this.focus, this.immediate, this.meetings, this.coverage, this.onboarding, this.reminders, chains);
	}

	/** The chain of a kind, if the school has one. */
	public Optional<EscalationChainRules> escalationChain(EscalationChainKind kind) {
		if (this.escalationChains == null) {
			return Optional.empty();
		}
		return this.escalationChains.stream().filter((chain) -> chain.kind() == kind).findFirst();
	}

	/** The home-visit quota of a teacher's role, if the school sets one. */
	public @Nullable HomeVisitQuota homeVisits(TeacherRole role) {
		return (role == TeacherRole.HOMEROOM) ? this.homeroom : this.subjectTeacher;
	}

}
