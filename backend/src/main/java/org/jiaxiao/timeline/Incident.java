package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.TypeAlias;

/**
 * Something that happened to a student (illness absence, accident, award…), recorded on
 * the timeline; the immediate contact that answers it links back here.
 *
 * @param id opaque id ({@code inc_…})
 * @param occurredAt when it happened
 * @param recordedAt when it was recorded
 * @param authorId who recorded it
 * @param studentIds the students concerned
 * @param kind what happened
 * @param description description
 * @param days days absent
 * @param reportedBy who reported it
 * @param answeredById the contact that answered it
 * @param retraction set when withdrawn
 * @param schoolMatter the matter that needs the school, when the incident was flagged so
 * (a flagged incident opens a referral to the moral-education office)
 */
@TypeAlias("incident")
public record Incident(@Id String id, Instant occurredAt, Instant recordedAt, String authorId, List<String> studentIds,
		IncidentKind kind, String description, @Nullable Integer days, String reportedBy, @Nullable String answeredById,
		@Nullable Retraction retraction, @Nullable String schoolMatter) implements TimelineEntry {

	/** Whether the incident needs the school (德育处). */
	public boolean needsSchool() {
		return this.schoolMatter != null;
	}

}
