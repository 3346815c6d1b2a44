package org.jiaxiao.timeline;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One timeline entry moved out of a student document that grew past its byte budget, one
 * document per student and entry, so a page of them is an indexed, limited query and no
 * document here grows.
 *
 * @param id {@code <studentId>:<entryId>}, so copying an entry again changes nothing
 * @param studentId the student
 * @param entryId the entry's id
 * @param occurredAt the entry's time, for the timeline's order
 * @param entry the entry as it was stored in the student document
 */
@Document(TimelineOverflow.COLLECTION)
@CompoundIndex(name = "student_newest_first", def = "{'studentId': 1, 'occurredAt': -1, 'entryId': -1}")
@CompoundIndex(name = "entry", def = "{'entryId': 1}")
record OverflowEntry(@Id String id, String studentId, String entryId, Instant occurredAt, TimelineEntry entry) {
}
