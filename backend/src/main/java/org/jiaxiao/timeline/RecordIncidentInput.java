package org.jiaxiao.timeline;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An incident to record.
 *
 * @param studentIds the students
 * @param kind what happened
 * @param occurredAt when
 * @param description description
 * @param days days absent
 * @param reportedBy who reported it
 * @param idempotencyKey the client's retry key
 * @param needsSchool whether the incident needs the school
 * @param schoolMatter the matter, required when it does
 */
public record RecordIncidentInput(List<String> studentIds, IncidentKind kind, OffsetDateTime occurredAt,
		String description, @Nullable Integer days, String reportedBy, @Nullable String idempotencyKey,
		@Nullable Boolean needsSchool, @Nullable String schoolMatter) {

	/** The matter to store: only when the incident needs the school. */
	@Nullable String matterForSchool() {
		if (!Boolean.TRUE.equals(this.needsSchool) || this.schoolMatter == null || this.schoolMatter.isBlank()) {
			return null;
		}
		return this.schoolMatter.strip();
	}

}
