package org.jiaxiao.directory.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.PrivacyPolicy;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.Student;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import static org.jiaxiao.directory.graphql.SchoolClassController.byId;
import static org.jiaxiao.directory.graphql.SchoolClassController.ids;

/**
 * A student's class and household. Each field that reads another collection is batched,
 * so a roster of 50 costs one query per field, not 50. The fields a roster shows on every
 * row are in {@link StudentRowFields}.
 */
@Controller
class StudentController {

	private final DirectoryService directory;

	StudentController(DirectoryService directory) {
		this.directory = directory;
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
