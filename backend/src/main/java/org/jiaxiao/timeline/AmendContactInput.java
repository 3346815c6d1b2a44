package org.jiaxiao.timeline;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Changes to a contact; null fields stay as they are.
 *
 * @param contactId the contact
 * @param expectedVersion the version the client read
 * @param occurredAt new time
 * @param form new form
 * @param kind new kind
 * @param summary new summary
 * @param place new place
 * @param durationMinutes new duration
 * @param schoolReport new school report
 * @param familyReport new family report
 * @param homeLearningGuidance new guidance
 * @param analysis new analysis
 * @param countermeasure new countermeasure
 * @param agreedMeasures new agreed measures
 * @param idempotencyKey the client's retry key
 */
public record AmendContactInput(String contactId, int expectedVersion, @Nullable OffsetDateTime occurredAt,
		@Nullable ContactForm form, @Nullable ContactKind kind, @Nullable String summary, @Nullable String place,
		@Nullable Integer durationMinutes, @Nullable String schoolReport, @Nullable String familyReport,
		@Nullable String homeLearningGuidance, @Nullable String analysis, @Nullable String countermeasure,
		@Nullable String agreedMeasures, @Nullable String idempotencyKey) {
}
