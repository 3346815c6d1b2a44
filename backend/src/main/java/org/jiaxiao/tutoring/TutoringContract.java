package org.jiaxiao.tutoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A family's contract with a tutoring centre.
 *
 * @param id opaque id ({@code ctr_…})
 * @param schoolId the campus
 * @param studentId the student taught
 * @param signedOn the day it was signed, in the campus's zone
 * @param consultantId the consultant (咨询师) who signed it
 * @param learningManagerId the learning manager (学管师) looking after the student
 * @param subjects subjects taught
 * @param lessonsBought lessons paid for
 * @param lessonsGiven lessons given so far
 * @param firstLessonAt the first lesson, once scheduled
 * @param state where it stands
 * @param version incremented by each change of progress, for optimistic updates
 */
@Document("contracts")
@CompoundIndexes({ @CompoundIndex(name = "student_signedOn", def = "{'studentId': 1, 'signedOn': -1}"),
		@CompoundIndex(name = "school_signedOn", def = "{'schoolId': 1, 'signedOn': -1}"),
		@CompoundIndex(name = "state_signedOn", def = "{'state': 1, 'signedOn': 1}"),
		@CompoundIndex(name = "state_firstLessonAt", def = "{'state': 1, 'firstLessonAt': 1}") })
public record TutoringContract(@Id String id, String schoolId, String studentId, LocalDate signedOn,
		@Nullable String consultantId, @Nullable String learningManagerId, List<String> subjects, int lessonsBought,
		int lessonsGiven, @Nullable Instant firstLessonAt, ContractState state, long version) {

	@PersistenceCreator
	public TutoringContract {
	}

	/** A contract as first stored (version 0). */
	public TutoringContract(String id, String schoolId, String studentId, LocalDate signedOn,
			@Nullable String consultantId, @Nullable String learningManagerId, List<String> subjects, int lessonsBought,
			int lessonsGiven, @Nullable Instant firstLessonAt, ContractState state) {
		this(id, schoolId, studentId, signedOn, consultantId, learningManagerId, subjects, lessonsBought, lessonsGiven,
				firstLessonAt, state, 0);
	}

}
