package org.jiaxiao.timeline;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A contact to record, as the client sends it.
 *
 * @param studentIds the students: one, or siblings of one household
 * @param form how the school and family met
 * @param kind why it happened
 * @param occurredAt when it took place
 * @param guardianIdsMet guardians taking part
 * @param summary what was said and agreed
 * @param place where
 * @param durationMinutes how long
 * @param otherParticipants others taking part
 * @param studentPresent whether the student was there
 * @param schoolReport what the school told the family
 * @param familyReport what the family told the school
 * @param familySituationObserved family situation observed (sensitive)
 * @param homeLearningGuidance guidance on learning at home
 * @param analysis analysis
 * @param countermeasure countermeasure
 * @param agreedMeasures measures agreed
 * @param followUps follow-up actions
 * @param needsSchool whether a matter needs the school
 * @param schoolMatter the matter
 * @param answersIncidentId the incident this contact answers
 * @param idempotencyKey the client's retry key
 */
public record RecordContactInput(List<String> studentIds, ContactForm form, ContactKind kind, OffsetDateTime occurredAt,
		@Nullable List<String> guardianIdsMet, String summary, @Nullable String place,
		@Nullable Integer durationMinutes, @Nullable String otherParticipants, @Nullable Boolean studentPresent,
		@Nullable String schoolReport, @Nullable String familyReport, @Nullable String familySituationObserved,
		@Nullable String homeLearningGuidance, @Nullable String analysis, @Nullable String countermeasure,
		@Nullable String agreedMeasures, @Nullable List<FollowUpAction> followUps, @Nullable Boolean needsSchool,
		@Nullable String schoolMatter, @Nullable String answersIncidentId, @Nullable String idempotencyKey) {

	List<String> guardians() {
		return (this.guardianIdsMet != null) ? this.guardianIdsMet : List.of();
	}

	List<FollowUpAction> actions() {
		return (this.followUps != null) ? this.followUps : List.of();
	}

	ContactDetails details() {
		return new ContactDetails(blankToNull(this.place), this.durationMinutes, blankToNull(this.otherParticipants),
				this.studentPresent, blankToNull(this.schoolReport), blankToNull(this.familyReport),
				blankToNull(this.familySituationObserved), blankToNull(this.homeLearningGuidance),
				blankToNull(this.analysis), blankToNull(this.countermeasure), blankToNull(this.agreedMeasures),
				actions(), Boolean.TRUE.equals(this.needsSchool), blankToNull(this.schoolMatter),
				this.answersIncidentId);
	}

	/**
	 * A canonical text of everything but the key, to tell a true retry from a reused key.
	 */
	String canonical() {
		return String.join("|", String.join(",", this.studentIds), this.form.name(), this.kind.name(),
				String.valueOf(this.occurredAt.toInstant()), String.join(",", guardians()), this.summary,
				String.valueOf(details()));
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
