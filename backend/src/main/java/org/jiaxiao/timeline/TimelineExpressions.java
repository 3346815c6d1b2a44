package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.jiaxiao.timeline.ContactForm;

/**
 * Aggregation expressions over timeline entries, kept to the operators the embedded
 * server evaluates as MongoDB does
 * ({@code $and $eq $ifNull $in $gte $lt $cond $filter $map
 * $size}). A contact counts when it is a contact, not withdrawn and in range. Each
 * condition reads an entry either unwound ({@code $timeline}) or as the variable of a
 * {@code $filter} over the array ({@code $$entry}): filtering the array in place spares
 * unwinding a whole timeline, which the embedded server does by copying the document once
 * per entry, the timeline included. Other modules build their figures from these, so the
 * entries' stored field names stay in this package.
 */
public final class TimelineExpressions {

	/** An unwound entry. */
	public static final String ENTRY = "$timeline";

	/** The name of an entry inside {@link #filtered}. */
	public static final String EACH = "entry";

	/** An entry inside {@link #filtered}. */
	public static final String EACH_ENTRY = "$$" + EACH;

	private TimelineExpressions() {
	}

	/**
	 * True for a live contact that occurred in [from, to), the entry at {@code entry}
	 * ({@link #ENTRY} or {@link #EACH_ENTRY}).
	 */
	public static Document liveContact(String entry, Instant from, Instant to) {
		return and(new Document("$eq", List.of(entry + "._class", "contact")),
				new Document("$eq", List.of(new Document("$ifNull", List.of(entry + ".retraction", false)), false)),
				new Document("$gte", List.of(entry + ".occurredAt", Date.from(from))),
				new Document("$lt", List.of(entry + ".occurredAt", Date.from(to))));
	}

	/** True when the entry's form is one of these. */
	public static Document formIn(Collection<ContactForm> forms) {
		return formIn(ENTRY, forms);
	}

	public static Document formIn(String entry, Collection<ContactForm> forms) {
		return new Document("$in", List.of(entry + ".form", forms.stream().map(Enum::name).toList()));
	}

	/**
	 * The student's timeline entries for which {@code condition} (over
	 * {@link #EACH_ENTRY}) holds; an empty list for a student without a timeline.
	 */
	public static Document filtered(Document condition) {
		return new Document("$filter",
				new Document("input", new Document("$ifNull", List.of(ENTRY, List.of()))).append("as", EACH)
					.append("cond", condition));
	}

	/** How many of the student's timeline entries {@code condition} holds for. */
	public static Document countOf(Document condition) {
		return new Document("$size", filtered(condition));
	}

	/** 1 when the condition holds, else 0: a count with {@code $sum}. */
	public static Document oneIf(Document condition) {
		return new Document("$cond", List.of(condition, 1, 0));
	}

	public static Document and(Object... conditions) {
		return new Document("$and", List.of(conditions));
	}

}
