package org.jiaxiao.directory.admin;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.StudentStatus;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The directory as its keeper reads it: every class, member of staff, student and
 * household of the keeper's own school, always filtered by school in the query (the
 * {@code school_studentNo}, {@code class_studentNo}, {@code school_roles} and
 * {@code school_grade_name} indexes). Students are read without their timelines.
 */
@Service
public class DirectoryReads {

	private static final String CURSOR = "directoryStudents";

	/** Staff of one school, shown on one list. */
	private static final int MAX_STAFF = 500;

	private static final String[] STUDENT_FIELDS = { "schoolId", "classId", "grade", "studentNo", "name", "gender",
			"householdId", "dateOfBirth", "status", "leftOn", "version" };

	private final MongoTemplate mongo;

	DirectoryReads(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<SchoolClass> classes(StaffMember viewer) {
		EditSupport.requireKeeper(viewer);
		return this.mongo.find(Query.query(where("schoolId").is(viewer.schoolId())).with(Sort.by("grade", "name")),
				SchoolClass.class);
	}

	public List<StaffMember> staff(StaffMember viewer, @Nullable String search) {
		EditSupport.requireKeeper(viewer);
		Criteria criteria = where("schoolId").is(viewer.schoolId());
		if (search != null && !search.isBlank()) {
			String prefix = "^" + Pattern.quote(search.strip());
			criteria = criteria.orOperator(where("displayName").regex(prefix), where("username").regex(prefix));
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("displayName", "_id")).limit(MAX_STAFF),
				StaffMember.class);
	}

	/**
	 * A page of students in 学籍号 order: of a class or the whole school, on the rolls,
	 * left, or both, optionally those whose name or number starts with {@code search}.
	 */
	public Connection<Student> students(StaffMember viewer, @Nullable String classId, @Nullable StudentStatus status,
			@Nullable String search, @Nullable Integer first, @Nullable String after) {
		EditSupport.requireKeeper(viewer);
		int size = Cursors.pageSize(first);
		Criteria criteria = where("schoolId").is(viewer.schoolId());
		if (classId != null) {
			criteria = criteria.and("classId").is(classId);
		}
		if (status == StudentStatus.ACTIVE) {
			criteria = criteria.and("status").is(null);
		}
		else if (status != null) {
			criteria = criteria.and("status").is(status);
		}
		List<String> position = Cursors.decode(CURSOR, after, 1);
		if (!position.isEmpty()) {
			criteria = criteria.and("studentNo").gt(position.get(0));
		}
		if (search != null && !search.isBlank()) {
			String prefix = "^" + Pattern.quote(search.strip());
			criteria = new Criteria().andOperator(criteria,
					new Criteria().orOperator(where("name").regex(prefix), where("studentNo").regex(prefix)));
		}
		Query query = Query.query(criteria).with(Sort.by("studentNo")).limit(size + 1);
		query.fields().include(STUDENT_FIELDS);
		List<Student> rows = this.mongo.find(query, Student.class);
		return Connection.forward(rows, size, (row) -> Cursors.encode(CURSOR, row.studentNo()));
	}

	public Optional<Student> student(StaffMember viewer, String id) {
		EditSupport.requireKeeper(viewer);
		Query query = Query.query(where("_id").is(id).and("schoolId").is(viewer.schoolId()));
		query.fields().include(STUDENT_FIELDS);
		return Optional.ofNullable(this.mongo.findOne(query, Student.class));
	}

	public Optional<SchoolClass> schoolClass(StaffMember viewer, String id) {
		EditSupport.requireKeeper(viewer);
		return Optional.ofNullable(this.mongo
			.findOne(Query.query(where("_id").is(id).and("schoolId").is(viewer.schoolId())), SchoolClass.class));
	}

	public Optional<Household> household(StaffMember viewer, String id) {
		EditSupport.requireKeeper(viewer);
		return Optional.ofNullable(this.mongo
			.findOne(Query.query(where("_id").is(id).and("schoolId").is(viewer.schoolId())), Household.class));
	}

	public Optional<StaffMember> staffMember(StaffMember viewer, String id) {
		EditSupport.requireKeeper(viewer);
		return Optional.ofNullable(this.mongo
			.findOne(Query.query(where("_id").is(id).and("schoolId").is(viewer.schoolId())), StaffMember.class));
	}

	/** Students of a household in the viewer's school, for the household's card. */
	public List<Student> studentsOfHousehold(StaffMember viewer, String householdId) {
		EditSupport.requireKeeper(viewer);
		Query query = Query.query(where("householdId").is(householdId).and("schoolId").is(viewer.schoolId()))
			.with(Sort.by("studentNo"));
		query.fields().include(STUDENT_FIELDS);
		return this.mongo.find(query, Student.class);
	}

	/** Whether another student of the school has this 学籍号. */
	boolean studentNoTaken(String schoolId, String studentNo, @Nullable String exceptId) {
		Criteria criteria = where("schoolId").is(schoolId).and("studentNo").is(studentNo);
		if (exceptId != null) {
			criteria = criteria.and("_id").ne(exceptId);
		}
		return this.mongo.exists(Query.query(criteria), Student.class);
	}

	/** Whether another staff member, of any school, signs in with this name. */
	boolean usernameTaken(String username, @Nullable String exceptId) {
		Criteria criteria = where("username").is(username);
		if (exceptId != null) {
			criteria = criteria.and("_id").ne(exceptId);
		}
		return this.mongo.exists(Query.query(criteria), StaffMember.class);
	}

}
