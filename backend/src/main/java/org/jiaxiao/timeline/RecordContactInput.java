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
 * @param idempotencyKey the client's retry key
 */
public record RecordContactInput(List<String> studentIds, ContactForm form, ContactKind kind, OffsetDateTime occurredAt,
		@Nullable List<String> guardianIdsMet, String summary, @Nullable String idempotencyKey) {

	List<String> guardians() {
		return (this.guardianIdsMet != null) ? this.guardianIdsMet : List.of();
	}

	/**
	 * A canonical text of everything but the key, to tell a true retry from a reused key.
	 */
	String canonical() {
		return String.join("|", String.join(",", this.studentIds), this.form.name(), this.kind.name(),
				String.valueOf(this.occurredAt.toInstant()), String.join(",", guardians()), this.summary);
	}

}
