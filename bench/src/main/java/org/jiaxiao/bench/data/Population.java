package org.jiaxiao.bench.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.School;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;

/**
 * The generated directory of one or more schools, as the app's own documents, plus what
 * the load driver needs to know about it (who teaches which class, who the focus students
 * are).
 *
 * @param schools the schools
 * @param classes their classes, school by school
 * @param staff a principal and six grade leaders per school, a homeroom teacher per class
 * @param households the families
 * @param students the students, class by class in roster order
 * @param focusStudents ids of the students contacted far more often than the rest
 */
public record Population(List<School> schools, List<SchoolClass> classes, List<StaffMember> staff,
		List<Household> households, List<Student> students, Set<String> focusStudents) {

	public Map<String, List<Student>> studentsByClass() {
		return this.students.stream()
			.collect(Collectors.groupingBy(Student::classId, LinkedHashMap::new, Collectors.toList()));
	}

	public Map<String, Household> householdsById() {
		return this.households.stream().collect(Collectors.toMap(Household::id, Function.identity()));
	}

	public Map<String, SchoolClass> classesById() {
		return this.classes.stream().collect(Collectors.toMap(SchoolClass::id, Function.identity()));
	}

	/** The username of a class's homeroom teacher, for {@code POST /dev/token}. */
	public static String homeroomUsername(SchoolClass schoolClass) {
		String teacherId = schoolClass.homeroomTeacherId();
		if (teacherId == null) {
			throw new IllegalStateException("Generated class without a teacher: " + schoolClass.id());
		}
		return teacherId.substring("stf_".length());
	}

}
