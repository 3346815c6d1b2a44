package org.jiaxiao.timeline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Narrows a timeline; all given conditions must hold.
 *
 * @param types entry types
 * @param kinds contact kinds
 * @param forms contact forms
 * @param from not before
 * @param to before
 * @param authorId written by
 */
public record TimelineFilter(@Nullable List<TimelineEntryType> types, @Nullable List<ContactKind> kinds,
		@Nullable List<ContactForm> forms, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to,
		@Nullable String authorId) {

	public static final TimelineFilter NONE = new TimelineFilter(null, null, null, null, null, null);

	/** The entry types of the schema. */
	public enum TimelineEntryType {

		CONTACT, INCIDENT, NOTE, ESCALATION

	}

	Predicate<TimelineEntry> predicate() {
		return (entry) -> matchesType(entry) && matchesContact(entry)
				&& (this.from == null || !entry.occurredAt().isBefore(this.from.toInstant()))
				&& (this.to == null || entry.occurredAt().isBefore(this.to.toInstant()))
				&& (this.authorId == null || this.authorId.equals(entry.authorId()));
	}

	private boolean matchesType(TimelineEntry entry) {
		if (this.types == null || this.types.isEmpty()) {
			return true;
		}
		return this.types.contains(typeOf(entry));
	}

	static TimelineEntryType typeOf(TimelineEntry entry) {
		if (entry instanceof Contact) {
			return TimelineEntryType.CONTACT;
		}
		if (entry instanceof EscalationUpdate) {
			return TimelineEntryType.ESCALATION;
		}
		return (entry instanceof Incident) ? TimelineEntryType.INCIDENT : TimelineEntryType.NOTE;
	}

	private boolean matchesContact(TimelineEntry entry) {
		boolean contactConditions = (this.kinds != null && !this.kinds.isEmpty())
				|| (this.forms != null && !this.forms.isEmpty());
		if (!contactConditions) {
			return true;
		}
		if (!(entry instanceof Contact contact)) {
			return false;
		}
		return (this.kinds == null || this.kinds.isEmpty() || this.kinds.contains(contact.kind()))
				&& (this.forms == null || this.forms.isEmpty() || this.forms.contains(contact.form()));
	}

}
