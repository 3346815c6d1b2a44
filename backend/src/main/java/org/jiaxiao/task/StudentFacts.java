package org.jiaxiao.task;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.FocusCategory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The few facts about students the rules need (class, grade, whether in a focus
 * category), read by the system for the obligations it creates, never shown to anyone.
 * The directory's reads are all scoped to a viewer; the sweep and the event listeners
 * have none.
 */
@Component
public class StudentFacts {

	public static final String STUDENTS = "students";

	private final MongoTemplate mongo;

	StudentFacts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	List<StudentRef> of(String schoolId, Collection<String> studentIds) {
		Query query = Query.query(where("_id").in(studentIds).and("schoolId").is(schoolId));
		query.fields().include("schoolId", "classId", "grade", "focusCategories");
		return this.mongo.find(query, StudentRef.class, STUDENTS);
	}

	/**
	 * What the rules need of a student.
	 *
	 * @param id the student
	 * @param schoolId the school
	 * @param classId the class
	 * @param grade the grade
	 * @param focusCategories focus categories (sensitive; used, never shown)
	 */
	record StudentRef(String id, String schoolId, String classId, int grade,
			@Nullable List<FocusCategory> focusCategories) {

		boolean focus() {
			return this.focusCategories != null && !this.focusCategories.isEmpty();
		}

	}

}
