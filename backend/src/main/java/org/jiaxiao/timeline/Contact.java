package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.TypeAlias;

/**
 * A contact with a family (家校联系记录). Siblings share one contact: the same record, with the
 * same id, is embedded in each child's timeline.
 *
 * @param id opaque id ({@code con_…})
 * @param occurredAt when it took place
 * @param recordedAt when it was written down
 * @param authorId the staff member who recorded it
 * @param form how the school and family met
 * @param kind why it happened
 * @param summary what was said and agreed
 * @param guardiansMet guardians taking part
 * @param studentIds the students concerned
 * @param householdId their household
 * @param details the rest of the paper record
 * @param version incremented by each amendment (optimistic concurrency)
 * @param amendments earlier values, oldest first
 * @param retraction set when withdrawn
 */
@TypeAlias("contact")
public record Contact(@Id String id, Instant occurredAt, Instant recordedAt, String authorId, ContactForm form,
		ContactKind kind, String summary, List<GuardianMet> guardiansMet, List<String> studentIds, String householdId,
		@Nullable ContactDetails details, int version, @Nullable List<Amendment> amendments,
		@Nullable Retraction retraction) implements TimelineEntry {

	/** A new contact: version 0, no amendments, not withdrawn. */
	public static Contact recorded(String id, Instant occurredAt, Instant recordedAt, String authorId, ContactForm form,
			ContactKind kind, String summary, List<GuardianMet> guardiansMet, List<String> studentIds,
			String householdId, ContactDetails details) {
		return new Contact(id, occurredAt, recordedAt, authorId, form, kind, summary, guardiansMet, studentIds,
				householdId, details, 0, List.of(), null);
	}

	public ContactDetails detailsOrNone() {
		return (this.details != null) ? this.details : ContactDetails.NONE;
	}

	public List<Amendment> amendmentsOrNone() {
		return (this.amendments != null) ? this.amendments : List.of();
	}

	// Accessors the schema's Contact type reads directly.

	public @Nullable String place() {
		return detailsOrNone().place();
	}

	public @Nullable Integer durationMinutes() {
		return detailsOrNone().durationMinutes();
	}

	public @Nullable String otherParticipants() {
		return detailsOrNone().otherParticipants();
	}

	public @Nullable Boolean studentPresent() {
		return detailsOrNone().studentPresent();
	}

	public @Nullable String schoolReport() {
		return detailsOrNone().schoolReport();
	}

	public @Nullable String familyReport() {
		return detailsOrNone().familyReport();
	}

	public @Nullable String homeLearningGuidance() {
		return detailsOrNone().homeLearningGuidance();
	}

	public @Nullable String analysis() {
		return detailsOrNone().analysis();
	}

	public @Nullable String countermeasure() {
		return detailsOrNone().countermeasure();
	}

	public @Nullable String agreedMeasures() {
		return detailsOrNone().agreedMeasures();
	}

	public List<FollowUpAction> followUps() {
		List<FollowUpAction> actions = detailsOrNone().followUps();
		return (actions != null) ? actions : List.of();
	}

	public boolean needsSchool() {
		return detailsOrNone().needsSchool();
	}

	public @Nullable String schoolMatter() {
		return detailsOrNone().schoolMatter();
	}

	public @Nullable String answersIncidentId() {
		return detailsOrNone().answersIncidentId();
	}

}
