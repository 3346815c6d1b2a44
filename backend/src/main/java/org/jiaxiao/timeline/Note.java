package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.TypeAlias;

/**
 * A teacher's observation: facts, not judgements.
 *
 * @param id opaque id ({@code note_…})
 * @param occurredAt what it refers to
 * @param recordedAt when written
 * @param authorId who wrote it
 * @param studentIds the student
 * @param text the observation
 * @param retraction set when withdrawn
 */
@TypeAlias("note")
public record Note(@Id String id, Instant occurredAt, Instant recordedAt, String authorId, List<String> studentIds,
		String text, @Nullable Retraction retraction) implements TimelineEntry {
}
