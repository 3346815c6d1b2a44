package org.jiaxiao.directory.graphql;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.FocusCategory;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.PrivacyPolicy;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.audit.AuditTrail;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import static org.jiaxiao.directory.graphql.SchoolClassController.byId;
import static org.jiaxiao.directory.graphql.SchoolClassController.ids;

/**
 * A student's class, household and counters. Each field that reads another collection is
 * batched, so a roster of 50 costs one query per field, not 50.
 */
@Controller
class StudentController {

	/** The request's current school year, in its GraphQL context. */
	private static final String SCHOOL_YEAR = StudentController.class.getName() + ".schoolYear";

	private final DirectoryService directory;

	private final Clock clock;

	StudentController(DirectoryService directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	@BatchMapping(typeName = "Student", field = "class")
	Map<Student, SchoolClass> schoolClass(List<Student> students) {
		Map<String, SchoolClass> classes = byId(this.directory.classesByIds(ids(students, Student::classId)),
				SchoolClass::id);
		return students.stream().collect(Collectors.toMap(Function.identity(), (s) -> classes.get(s.classId())));
	}

	@BatchMapping(typeName = "Student")
	Map<Student, Household> household(List<Student> students) {
		Map<String, Household> households = byId(this.directory.householdsByIds(ids(students, Student::householdId)),
				Household::id);
		return students.stream().collect(Collectors.toMap(Function.identity(), (s) -> households.get(s.householdId())));
	}

	/**
	 * A counter on the student itself, for the school year the viewer's school is in: the
	 * year is worked out once per request (one school read at most, usually from the
	 * directory's cache), so a roster of 50 asks for nothing per row. Not a batch
	 * mapping: it reads no other collection per student, and a DataLoader call per row
	 * cost more than the field itself.
	 */
	@SchemaMapping(typeName = "Student")
	int contactsThisYear(Student student, Principal principal, GraphQLContext context) {
		int schoolYear = context.computeIfAbsent(SCHOOL_YEAR, (key) -> SchoolYears.of(this.clock.instant(),
				this.directory.school(Viewers.require(principal).schoolId()).zone()));
		return student.contactsInSchoolYear(schoolYear);
	}

	/**
	 * Sensitive: returned only where the privacy policy allows, and every read is
	 * audited.
	 */
	@SchemaMapping(typeName = "Student")
	@Nullable List<FocusCategory> focusCategories(Student student, Principal principal, GraphQLContext context) {
		StaffMember viewer = Viewers.require(principal);
		if (!PrivacyPolicy.maySeeSensitive(viewer, student)) {
			return null;
		}
		AuditTrail.of(context)
			.read(viewer.id(), viewer.schoolId(), "Student." + PrivacyPolicy.FOCUS_CATEGORIES, student.id(),
					student.householdId());
		return student.focus();
	}

	@SchemaMapping(typeName = "Student")
	List<String> maskedFields(Student student, Principal principal) {
		return PrivacyPolicy.maySeeSensitive(Viewers.require(principal), student) ? List.of()
				: List.of(PrivacyPolicy.FOCUS_CATEGORIES);
	}

	@BatchMapping(typeName = "Household")
	Map<Household, List<Student>> students(List<Household> households, Principal principal) {
		List<Student> children = this.directory.visibleStudentsOfHouseholds(Viewers.require(principal),
				ids(households, Household::id));
		Map<String, List<Student>> byHousehold = children.stream().collect(Collectors.groupingBy(Student::householdId));
		return households.stream()
			.collect(Collectors.toMap(Function.identity(), (h) -> byHousehold.getOrDefault(h.id(), List.of())));
	}

}
