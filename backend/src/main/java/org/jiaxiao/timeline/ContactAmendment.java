package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The difference an amendment makes to a contact: the stored fields to set, the values
 * they had (for the history), and the contact as it will read afterwards.
 *
 * @param changes stored field path → new value
 * @param previous the changed fields' earlier values
 * @param after the contact with the changes applied
 */
record ContactAmendment(Map<String, @Nullable Object> changes, List<FieldValue> previous, Contact after) {

	static ContactAmendment of(Contact before, AmendContactInput input) {
		Map<String, @Nullable Object> changes = new LinkedHashMap<>();
		List<FieldValue> previous = new ArrayList<>();
		ContactDetails d = before.detailsOrNone();
		Instant occurredAt = change(changes, previous, "occurredAt", "occurredAt", before.occurredAt(),
				(input.occurredAt() != null) ? input.occurredAt().toInstant() : null);
		ContactForm form = change(changes, previous, "form", "form", before.form(), input.form());
		ContactKind kind = change(changes, previous, "kind", "kind", before.kind(), input.kind());
		String summary = change(changes, previous, "summary", "summary", before.summary(), strip(input.summary()));
		ContactDetails details = new ContactDetails(
				change(changes, previous, "place", "details.place", d.place(), strip(input.place())),
				change(changes, previous, "durationMinutes", "details.durationMinutes", d.durationMinutes(),
						input.durationMinutes()),
				d.otherParticipants(), d.studentPresent(),
				change(changes, previous, "schoolReport", "details.schoolReport", d.schoolReport(),
						strip(input.schoolReport())),
				change(changes, previous, "familyReport", "details.familyReport", d.familyReport(),
						strip(input.familyReport())),
				d.familySituationObserved(),
				change(changes, previous, "homeLearningGuidance", "details.homeLearningGuidance",
						d.homeLearningGuidance(), strip(input.homeLearningGuidance())),
				change(changes, previous, "analysis", "details.analysis", d.analysis(), strip(input.analysis())),
				change(changes, previous, "countermeasure", "details.countermeasure", d.countermeasure(),
						strip(input.countermeasure())),
				change(changes, previous, "agreedMeasures", "details.agreedMeasures", d.agreedMeasures(),
						strip(input.agreedMeasures())),
				d.followUps(), d.needsSchool(), d.schoolMatter(), d.answersIncidentId());
		Contact after = new Contact(before.id(), occurredAt, before.recordedAt(), before.authorId(), form, kind,
				summary, before.guardiansMet(), before.studentIds(), before.householdId(), details,
				before.version() + 1, before.amendments(), before.retraction());
		return new ContactAmendment(changes, previous, after);
	}

	boolean isEmpty() {
		return this.changes.isEmpty();
	}

	/**
	 * Records a change when the new value is given and differs; returns the resulting
	 * value.
	 */
	private static <T> T change(Map<String, @Nullable Object> changes, List<FieldValue> previous, String field,
			String path, T current, @Nullable T proposed) {
		if (proposed == null || Objects.equals(proposed, current)) {
			return current;
		}
		changes.put(path, proposed);
		previous.add(new FieldValue(field, (current != null) ? current.toString() : null));
		return proposed;
	}

	private static @Nullable String strip(@Nullable String text) {
		return (text != null) ? text.strip() : null;
	}

}
