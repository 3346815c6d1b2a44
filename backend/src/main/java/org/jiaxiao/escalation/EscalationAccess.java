package org.jiaxiao.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jiaxiao.directory.AccessScope;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;

import org.springframework.data.mongodb.core.query.Criteria;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which escalations a staff member sees, as MongoDB criteria: those of the students in
 * their scope (the escalation keeps the student's school, grade and class under the same
 * field names as a student, so the directory's criteria apply as they are), and for the
 * roles that see no family, those that reached a step they own — finance sees a retention
 * chain once it reaches the refund. Analysts see none.
 */
final class EscalationAccess {

	/** Roles with no students in scope that still own a step. */
	private static final Set<StaffRole> STEP_ONLY = Set.of(StaffRole.FINANCE);

	private EscalationAccess() {
	}

	/** The criteria, or empty when the viewer sees no escalation at all. */
	static Optional<Criteria> visibleTo(StaffMember viewer) {
		if (viewer.seesNoFamilyRecords()) {
			return Optional.empty();
		}
		List<Criteria> any = new ArrayList<>();
		AccessScope scope = viewer.scope();
		if (!scope.isEmpty()) {
			any.add(scope.students());
		}
		List<StaffRole> owned = viewer.roles().stream().filter(STEP_ONLY::contains).toList();
		if (!owned.isEmpty()) {
			any.add(where("schoolId").is(viewer.schoolId()).and("ownerRoles").in(owned));
		}
		if (any.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of((any.size() == 1) ? any.get(0) : new Criteria().orOperator(any));
	}

	/**
	 * Whether a staff member of the escalation's school holding {@code role} is among the
	 * people that role means for this escalation: everyone with a whole-school role or a
	 * step-only role, else those who teach or lead the student's class or grade.
	 */
	static boolean concerns(StaffMember staff, StaffRole role, Escalation escalation) {
		if (!staff.schoolId().equals(escalation.schoolId()) || !staff.hasRole(role)) {
			return false;
		}
		if (role.seesWholeSchool() || STEP_ONLY.contains(role)) {
			return true;
		}
		AccessScope scope = staff.scope();
		return scope.classIds().contains(escalation.classId()) || scope.grades().contains(escalation.grade());
	}

}
