package org.jiaxiao.directory;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A class (班级) of a grade.
 *
 * @param id opaque id ({@code cls_…})
 * @param schoolId the school
 * @param grade grade number, 1 for the first grade
 * @param name name to show, e.g. 一年级1班
 * @param homeroomTeacherId the homeroom teacher (班主任), if assigned
 * @param version bumped by every directory edit (null: never edited)
 */
@Document("classes")
@CompoundIndex(name = "school_grade_name", def = "{'schoolId': 1, 'grade': 1, 'name': 1}")
public record SchoolClass(@Id String id, String schoolId, int grade, String name, @Nullable String homeroomTeacherId,
		@Nullable Long version) {

	@PersistenceCreator
	public SchoolClass {
	}

	public SchoolClass(String id, String schoolId, int grade, String name, @Nullable String homeroomTeacherId) {
		this(id, schoolId, grade, name, homeroomTeacherId, null);
	}

	public long currentVersion() {
		return (this.version != null) ? this.version : 0;
	}
}
