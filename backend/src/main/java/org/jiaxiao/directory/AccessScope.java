package org.jiaxiao.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Which students a staff member may see: the whole school, some grades, or the classes
 * they teach. It is turned into MongoDB criteria so every list is filtered in the
 * database, never by loading rows into Java and dropping some.
 *
 * @param schoolId the school
 * @param wholeSchool principal and moral-education office
 * @param grades grades led
 * @param classIds classes taught
 */
public record AccessScope(String schoolId, boolean wholeSchool, Set<Integer> grades, Set<String> classIds) {

	static AccessScope of(StaffMember staff) {
		boolean wholeSchool = staff.roles().stream().anyMatch(StaffRole::seesWholeSchool);
		Set<Integer> grades = staff.hasRole(StaffRole.GRADE_LEADER) ? new TreeSet<>(staff.gradesLed()) : Set.of();
		Set<String> classIds = new TreeSet<>();
		staff.assignments().forEach((assignment) -> classIds.add(assignment.classId()));
		return new AccessScope(staff.schoolId(), wholeSchool, grades, classIds);
	}

	/** True when the scope holds no student at all (analysts, staff without classes). */
	public boolean isEmpty() {
		return !this.wholeSchool && this.grades.isEmpty() && this.classIds.isEmpty();
	}

	/** Criteria on the {@code students} collection. */
	public Criteria students() {
		return criteria("classId");
	}

	/**
	 * Whether a class is in the scope: what {@link #classes()} selects, asked of a class
	 * already in memory (the directory keeps classes for a short while, so the roster's
	 * class costs no query). The two must agree; {@code AccessScopeTest} holds them to
	 * it.
	 */
	public boolean includes(SchoolClass schoolClass) {
		if (!this.schoolId.equals(schoolClass.schoolId())) {
			return false;
		}
		return this.wholeSchool || this.grades.contains(schoolClass.grade())
				|| this.classIds.contains(schoolClass.id());
	}

	/** Criteria on the {@code classes} collection. */
	public Criteria classes() {
		return criteria("_id");
	}

	private Criteria criteria(String classIdField) {
		Criteria inSchool = Criteria.where("schoolId").is(this.schoolId);
		if (this.wholeSchool) {
			return inSchool;
		}
		List<Criteria> any = new ArrayList<>();
		if (!this.grades.isEmpty()) {
			any.add(Criteria.where("grade").in(this.grades));
		}
		// An empty $in matches nothing, which is what an empty scope must do.
		any.add(Criteria.where(classIdField).in(this.classIds));
		return inSchool.orOperator(any);
	}

}
