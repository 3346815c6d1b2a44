package org.jiaxiao.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A student as the directory and the roster see them. The same {@code students} document
 * also embeds the timeline, which the timeline feature owns and this record never loads.
 *
 * @param id opaque id ({@code stu_…})
 * @param schoolId the school
 * @param classId the class
 * @param grade the class's grade (kept here so grade-wide scopes filter in one index)
 * @param studentNo student number (学号), the roster order
 * @param name full name
 * @param gender gender
 * @param householdId the household shared with siblings
 * @param lastContactAt last contact with the family, any form
 * @param contactCounts contacts per school year (key: the year the school year starts)
 * @param focusCategories focus categories, sensitive: see {@link PrivacyPolicy}
 * @param dateOfBirth date of birth, if the school recorded it
 * @param status null while on the rolls; why and {@code leftOn} when the student left
 * @param leftOn the day the student left
 * @param version bumped by every directory edit (null: never edited)
 */
@Document("students")
@CompoundIndexes({ @CompoundIndex(name = "class_studentNo", def = "{'classId': 1, 'studentNo': 1}"),
		@CompoundIndex(name = "school_grade_studentNo", def = "{'schoolId': 1, 'grade': 1, 'studentNo': 1}"),
		@CompoundIndex(name = "household", def = "{'householdId': 1}"),
		@CompoundIndex(name = "school_studentNo", def = "{'schoolId': 1, 'studentNo': 1}", unique = true) })
public record Student(@Id String id, String schoolId, String classId, int grade, String studentNo, String name,
		Gender gender, String householdId, @Nullable Instant lastContactAt,
		@Nullable Map<String, Integer> contactCounts, @Nullable List<FocusCategory> focusCategories,
		@Nullable LocalDate dateOfBirth, @Nullable StudentStatus status, @Nullable LocalDate leftOn,
		@Nullable Long version) {

	@PersistenceCreator
	public Student {
	}

	/** A student on the rolls, never edited in the directory. */
	public Student(String id, String schoolId, String classId, int grade, String studentNo, String name, Gender gender,
			String householdId, @Nullable Instant lastContactAt, @Nullable Map<String, Integer> contactCounts,
			@Nullable List<FocusCategory> focusCategories) {
		this(id, schoolId, classId, grade, studentNo, name, gender, householdId, lastContactAt, contactCounts,
				focusCategories, null, null, null, null);
	}

	public StudentStatus currentStatus() {
		return (this.status != null) ? this.status : StudentStatus.ACTIVE;
	}

	public long currentVersion() {
		return (this.version != null) ? this.version : 0;
	}

	public List<FocusCategory> focus() {
		return (this.focusCategories != null) ? this.focusCategories : List.of();
	}

	public int contactsInSchoolYear(int schoolYear) {
		return (this.contactCounts != null) ? this.contactCounts.getOrDefault(String.valueOf(schoolYear), 0) : 0;
	}

}
