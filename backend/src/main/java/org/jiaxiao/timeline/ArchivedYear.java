package org.jiaxiao.timeline;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One student's timeline entries of one closed school year, moved out of the student
 * document so it stays small.
 *
 * @param id {@code <studentId>:<schoolYear>}
 * @param studentId the student
 * @param schoolYear the year the school year started
 * @param entries the entries
 */
@Document("timeline_archive")
@CompoundIndex(name = "student_year", def = "{'studentId': 1, 'schoolYear': -1}")
record ArchivedYear(@Id String id, String studentId, int schoolYear, @Nullable List<TimelineEntry> entries) {

	List<TimelineEntry> entriesOrNone() {
		return (this.entries != null) ? this.entries : List.of();
	}

}
