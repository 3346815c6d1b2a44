package org.jiaxiao.compliance;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.jiaxiao.timeline.ContactForm;

/**
 * Aggregation expressions over unwound timeline entries ({@code $timeline}), kept to the
 * operators the embedded server evaluates as MongoDB does ({@code $and $eq $ifNull $in
 * $gte $lt $cond}). A contact counts when it is a contact, not withdrawn and in range.
 */
final class TimelineExpressions {

	static final String ENTRY = "$timeline";

	private TimelineExpressions() {
	}

	/** True for a live contact that occurred in [from, to). */
	static Document liveContact(Instant from, Instant to) {
		return and(new Document("$eq", List.of(ENTRY + "._class", "contact")),
				new Document("$eq", List.of(new Document("$ifNull", List.of(ENTRY + ".retraction", false)), false)),
				new Document("$gte", List.of(ENTRY + ".occurredAt", Date.from(from))),
				new Document("$lt", List.of(ENTRY + ".occurredAt", Date.from(to))));
	}

	/** True when the entry's form is one of these. */
	static Document formIn(Collection<ContactForm> forms) {
		return new Document("$in", List.of(ENTRY + ".form", forms.stream().map(Enum::name).toList()));
	}

	/** 1 when the condition holds, else 0: a count with {@code $sum}. */
	static Document oneIf(Document condition) {
		return new Document("$cond", List.of(condition, 1, 0));
	}

	static Document and(Object... conditions) {
		return new Document("$and", List.of(conditions));
	}

	/** Unwinds the timeline, keeping students whose timeline is empty. */
	static Document unwindKeepingEmpty() {
		return new Document("$unwind", new Document("path", ENTRY).append("preserveNullAndEmptyArrays", true));
	}

}
