package org.jiaxiao.report;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.School;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.TeachingAssignment;
import org.jiaxiao.platform.graphql.BadRequestException;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.report.ComplianceReport.Scope;
import org.jiaxiao.report.ComplianceReport.ScopeKind;
import org.jiaxiao.report.ReportInputs.ScopeInput;

import org.springframework.stereotype.Component;

/**
 * Who may see which compliance figures: the principal and 德育处 the school, a grade leader
 * their grades, a homeroom teacher their class, every teacher themselves. Each scope
 * resolves to the classes and teachers it covers.
 */
@Component
class ReportScopes {

	private final DirectoryService directory;

	ReportScopes(DirectoryService directory) {
		this.directory = directory;
	}

	Resolved resolve(StaffMember viewer, ScopeInput input) {
		long given = Stream.of(input.schoolId(), input.grade(), input.classId(), input.teacherId())
			.filter((value) -> value != null)
			.count();
		if (given != 1) {
			throw new BadRequestException("A scope needs exactly one of schoolId, grade, classId or teacherId.");
		}
		if (viewer.seesNoFamilyRecords() || viewer.roles().isEmpty()) {
			throw forbidden();
		}
		School school = this.directory.school(viewer.schoolId());
		boolean wholeSchool = viewer.roles().stream().anyMatch(StaffRole::seesWholeSchool);
		if (input.schoolId() != null) {
			if (!wholeSchool || !input.schoolId().equals(viewer.schoolId())) {
				throw forbidden();
			}
			List<SchoolClass> classes = this.directory.visibleClasses(viewer);
			return new Resolved(new Scope(ScopeKind.SCHOOL, school, null, null, null), classes, teachersOf(classes));
		}
		if (input.grade() != null) {
			if (!wholeSchool && !leads(viewer, input.grade())) {
				throw forbidden();
			}
			List<SchoolClass> classes = this.directory.visibleClasses(viewer)
				.stream()
				.filter((schoolClass) -> schoolClass.grade() == input.grade())
				.toList();
			return new Resolved(new Scope(ScopeKind.GRADE, school, input.grade(), null, null), classes,
					teachersOf(classes));
		}
		if (input.classId() != null) {
			SchoolClass schoolClass = this.directory.visibleClass(viewer, input.classId()).orElseThrow(this::forbidden);
			if (!wholeSchool && !leads(viewer, schoolClass.grade())
					&& !homeroomClasses(viewer).contains(schoolClass.id())) {
				throw forbidden();
			}
			List<SchoolClass> classes = List.of(schoolClass);
			return new Resolved(new Scope(ScopeKind.CLASS, school, null, schoolClass, null), classes,
					teachersOf(classes));
		}
		StaffMember teacher = this.directory.colleague(viewer, input.teacherId()).orElseThrow(this::forbidden);
		List<SchoolClass> taught = this.directory
			.classesByIds(teacher.assignments().stream().map(TeachingAssignment::classId).toList());
		boolean self = teacher.id().equals(viewer.id());
		if (!self && !wholeSchool && taught.stream().noneMatch((schoolClass) -> leads(viewer, schoolClass.grade()))) {
			throw forbidden();
		}
		Set<String> homeroom = homeroomClasses(teacher);
		List<SchoolClass> classes = taught.stream()
			.filter((schoolClass) -> homeroom.contains(schoolClass.id()))
			.sorted(java.util.Comparator.comparingInt(SchoolClass::grade).thenComparing(SchoolClass::name))
			.toList();
		return new Resolved(new Scope(ScopeKind.TEACHER, school, null, null, teacher), classes, List.of(teacher));
	}

	private List<StaffMember> teachersOf(List<SchoolClass> classes) {
		if (classes.isEmpty()) {
			return List.of();
		}
		return this.directory.teachersOf(classes.get(0).schoolId(), classes.stream().map(SchoolClass::id).toList());
	}

	private static boolean leads(StaffMember viewer, int grade) {
		return viewer.hasRole(StaffRole.GRADE_LEADER) && viewer.gradesLed().contains(grade);
	}

	private static Set<String> homeroomClasses(StaffMember staff) {
		return staff.assignments()
			.stream()
			.filter(TeachingAssignment::homeroom)
			.map(TeachingAssignment::classId)
			.collect(Collectors.toSet());
	}

	private ForbiddenException forbidden() {
		return new ForbiddenException("You may not see the compliance figures of this scope.");
	}

	/**
	 * A scope with the classes and teachers it covers.
	 *
	 * @param scope the scope
	 * @param classes its classes (a teacher's: the classes they are homeroom teacher of)
	 * @param teachers its teachers
	 */
	record Resolved(Scope scope, List<SchoolClass> classes, List<StaffMember> teachers) {
	}

}
