package org.jiaxiao.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A meeting a class held with its families. One small document per meeting, written once;
 * the index on school, class and day serves both the class's list (newest first) and the
 * compliance report's count per term.
 *
 * @param id opaque id ({@code mtg_…})
 * @param schoolId the school
 * @param classId the class that held it
 * @param grade that class's grade
 * @param kind what kind of meeting
 * @param heldOn the day it was held, in the school's zone
 * @param topic what it was about
 * @param minutes the minutes (required for committee meetings)
 * @param resolutions resolutions to follow up at the next meeting of the kind
 * @param attendeeCount people present, if counted
 * @param recordedById who recorded it
 * @param recordedAt when it was recorded
 */
@Document("meetings")
@CompoundIndex(name = "school_class_held", def = "{'schoolId': 1, 'classId': 1, 'heldOn': 1}")
public record Meeting(@Id String id, String schoolId, String classId, int grade, MeetingKind kind, LocalDate heldOn,
		String topic, @Nullable String minutes, List<String> resolutions, @Nullable Integer attendeeCount,
		String recordedById, Instant recordedAt) {
}
