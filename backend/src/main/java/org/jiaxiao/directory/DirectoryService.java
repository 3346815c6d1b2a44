package org.jiaxiao.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The school directory: who works where, who teaches whom, and which students and
 * families a staff member may see. Every student or class read goes through the caller's
 * {@link AccessScope} in the MongoDB query itself.
 */
@Service
public class DirectoryService {

	private final MongoTemplate mongo;

	private final DirectoryCache cache;

	/**
	 * The stored fields of {@link Student}: what a student read asks for. The rest of the
	 * document is the embedded timeline, its bulk, which no directory read needs. Named
	 * fields rather than "all but the timeline": the embedded server answers an exclusion
	 * by copying the whole document first, timeline included (about three times the cost
	 * of a class roster; see {@code bench/}).
	 */
	private final String[] studentFields;

	DirectoryService(MongoTemplate mongo, DirectoryProperties properties) {
		this.mongo = mongo;
		this.cache = new DirectoryCache(properties.cacheTtl());
		List<String> fields = new ArrayList<>();
		mongo.getConverter()
			.getMappingContext()
			.getRequiredPersistentEntity(Student.class)
			.doWithProperties(
					(PropertyHandler<MongoPersistentProperty>) (property) -> fields.add(property.getFieldName()));
		this.studentFields = fields.toArray(String[]::new);
	}

	/**
	 * The staff member a token names; kept for the cache's time to live, so signing in is
	 * no database round trip on most requests.
	 */
	public Optional<StaffMember> staffByUsername(String username) {
		return this.cache.staffByUsername(username, () -> Optional
			.ofNullable(this.mongo.findOne(Query.query(where("username").is(username)), StaffMember.class)));
	}

	/**
	 * Forgets the staff members, schools and classes read so far: for whatever changes
	 * the directory behind the app's back and must see the change before the time to live
	 * ends.
	 */
	public void forgetCachedRecords() {
		this.cache.clear();
	}

	/** Staff offered on the development sign-in page, by username. */
	public List<StaffMember> staffForSignIn(int limit) {
		return this.mongo.find(new Query().with(Sort.by("username")).limit(limit), StaffMember.class);
	}

	/** The staff member if the directory keeps them now, without asking the database. */
	public @Nullable StaffMember keptStaff(String id) {
		return this.cache.keptStaff(id);
	}

	/**
	 * Staff members by id, to show who they are (an author, a homeroom teacher): those
	 * read within the cache's time to live cost no round trip.
	 */
	public List<StaffMember> staffByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.cache.staffByIds(ids,
				(missing) -> this.mongo.find(Query.query(where("_id").in(missing)), StaffMember.class));
	}

	/**
	 * Staff of a school who teach any of these classes, by name: the teachers a
	 * compliance report measures. Names only, like {@link #staffByIds}.
	 */
	public List<StaffMember> teachersOf(String schoolId, Collection<String> classIds) {
		Query query = Query.query(where("schoolId").is(schoolId).and("assignments.classId").in(classIds))
			.with(Sort.by("displayName", "_id"));
		return this.mongo.find(query, StaffMember.class);
	}

	/**
	 * Staff of a school holding any of these roles, by id: whom to notify about a step a
	 * role owns. Names and roles only, like {@link #staffByIds}.
	 */
	public List<StaffMember> staffWithRoles(String schoolId, Collection<StaffRole> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return this.mongo.find(Query.query(where("schoolId").is(schoolId).and("roles").in(roles)).with(Sort.by("_id")),
				StaffMember.class);
	}

	public Optional<StaffMember> colleague(StaffMember viewer, String staffId) {
		return Optional.ofNullable(this.mongo
			.findOne(Query.query(where("_id").is(staffId).and("schoolId").is(viewer.schoolId())), StaffMember.class));
	}

	/**
	 * Staff of the viewer's school with a role, by name: names only, like
	 * {@link #staffByIds}.
	 */
	public List<StaffMember> colleaguesWithRole(StaffMember viewer, StaffRole role) {
		Query query = Query.query(where("schoolId").is(viewer.schoolId()).and("roles").is(role))
			.with(Sort.by("displayName", "_id"));
		return this.mongo.find(query, StaffMember.class);
	}

	public List<School> schoolsByIds(Collection<String> ids) {
		return this.mongo.find(Query.query(where("_id").in(ids)), School.class);
	}

	/** A school, kept for the cache's time to live (its name and time zone). */
	public School school(String schoolId) {
		return this.cache.school(schoolId, () -> Optional.ofNullable(this.mongo.findById(schoolId, School.class)))
			.orElseThrow(() -> new IllegalStateException("School " + schoolId + " is missing from the directory"));
	}

	/** The classes the viewer teaches or oversees, by grade and name. */
	public List<SchoolClass> visibleClasses(StaffMember viewer) {
		Query query = Query.query(viewer.scope().classes()).with(Sort.by("grade", "name"));
		return this.mongo.find(query, SchoolClass.class);
	}

	/**
	 * A class the viewer teaches or oversees. The class comes from the cache (read within
	 * its time to live, else by id) and the viewer's scope is checked on it in memory,
	 * with the same rule the class queries render ({@link AccessScope#includes}): a
	 * roster then costs no round trip for its class.
	 */
	public Optional<SchoolClass> visibleClass(StaffMember viewer, String classId) {
		AccessScope scope = viewer.scope();
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		return classesByIds(List.of(classId)).stream().filter(scope::includes).findFirst();
	}

	/**
	 * Classes by id, for batch loading; only called with ids of students already checked
	 * (or, by {@link #visibleClass}, checked after). Kept for the cache's time to live.
	 */
	public List<SchoolClass> classesByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.cache.classesByIds(ids,
				(missing) -> this.mongo.find(Query.query(where("_id").in(missing)), SchoolClass.class));
	}

	/**
	 * Every class of a school, by grade and name: for aggregates (labels, sizes), never
	 * to decide what a person may see.
	 */
	public List<SchoolClass> classesOfSchool(String schoolId) {
		return this.mongo.find(Query.query(where("schoolId").is(schoolId)).with(Sort.by("grade", "name")),
				SchoolClass.class);
	}

	/**
	 * Students by id without their timelines and without a scope check: for features that
	 * record where a change happened (class, grade), never to show a student.
	 */
	public List<Student> studentsByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Query query = Query.query(where("_id").in(ids));
		query.fields().include(this.studentFields);
		return this.mongo.find(query, Student.class);
	}

	/**
	 * Ids of the students of some classes, for tombstones when a class leaves a scope.
	 */
	public List<String> studentIdsOfClasses(Collection<String> classIds) {
		if (classIds.isEmpty()) {
			return List.of();
		}
		Query query = Query.query(where("classId").in(classIds)).with(Sort.by("_id"));
		query.fields().include("_id");
		return this.mongo.find(query, org.bson.Document.class, "students")
			.stream()
			.map((student) -> student.getString("_id"))
			.toList();
	}

	public Optional<Student> visibleStudent(StaffMember viewer, String studentId) {
		List<Student> found = visibleStudents(viewer, List.of(studentId));
		return found.stream().findFirst();
	}

	public List<Student> visibleStudents(StaffMember viewer, Collection<String> studentIds) {
		return findStudents(viewer, where("_id").in(studentIds), Sort.by("studentNo"), 0);
	}

	/** The visible children of the given households, for siblings and household pages. */
	public List<Student> visibleStudentsOfHouseholds(StaffMember viewer, Collection<String> householdIds) {
		return findStudents(viewer, where("householdId").in(householdIds), Sort.by("studentNo"), 0);
	}

	/**
	 * One page of a class roster in student-number order, starting after
	 * {@code afterStudentNo}.
	 * @param limit rows to fetch (callers ask for one more than the page to learn if more
	 * follow)
	 */
	public List<Student> rosterPage(StaffMember viewer, String classId, String afterStudentNo, int limit) {
		// Students who left keep their record but leave the roster.
		Criteria criteria = where("classId").is(classId).and("status").is(null);
		if (!afterStudentNo.isEmpty()) {
			criteria = criteria.and("studentNo").gt(afterStudentNo);
		}
		return findStudents(viewer, criteria, Sort.by("studentNo"), limit);
	}

	/**
	 * Visible students in id order from {@code fromId} (inclusive), optionally only of
	 * some classes: the sync feed's snapshot pages.
	 */
	public List<Student> visibleStudentsFrom(StaffMember viewer, @Nullable Collection<String> classIds, String fromId,
			int limit) {
		Criteria criteria = where("_id").gte(fromId);
		if (classIds != null) {
			criteria = criteria.and("classId").in(classIds);
		}
		return findStudents(viewer, criteria, Sort.by("_id"), limit);
	}

	public List<Household> householdsByIds(Collection<String> ids) {
		return this.mongo.find(Query.query(where("_id").in(ids)), Household.class);
	}

	/** A household, when the viewer sees at least one of its children. */
	public Optional<Household> visibleHousehold(StaffMember viewer, String householdId) {
		if (visibleStudentsOfHouseholds(viewer, List.of(householdId)).isEmpty()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.mongo.findById(householdId, Household.class));
	}

	private List<Student> findStudents(StaffMember viewer, Criteria criteria, Sort sort, int limit) {
		AccessScope scope = viewer.scope();
		if (scope.isEmpty()) {
			return List.of();
		}
		Query query = Query.query(new Criteria().andOperator(criteria, scope.students())).with(sort).limit(limit);
		query.fields().include(this.studentFields);
		return this.mongo.find(query, Student.class);
	}

}
