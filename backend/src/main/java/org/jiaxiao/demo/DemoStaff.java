package org.jiaxiao.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.TeachingAssignment;

/**
 * The demo school's staff: the seven demo users with fixed usernames, and a homeroom
 * teacher for every other class. Access follows from these roles and assignments alone.
 */
final class DemoStaff {

	static final String HOMEROOM_CLASS = DemoClasses.id(1, 1);

	private DemoStaff() {
	}

	static List<StaffMember> of(String schoolId, List<SchoolClass> classes) {
		List<StaffMember> staff = new ArrayList<>();
		staff.add(member(schoolId, "principal", "张校长", Set.of(StaffRole.PRINCIPAL), List.of(), List.of()));
		staff.add(member(schoolId, "deyu", "李主任（德育处）", Set.of(StaffRole.MORAL_EDUCATION), List.of(), List.of()));
		staff
			.add(member(schoolId, "grade-leader", "王老师（一年级组长）", Set.of(StaffRole.GRADE_LEADER), List.of(1), List.of()));
		staff.add(member(schoolId, "homeroom", "陈老师", Set.of(StaffRole.HOMEROOM_TEACHER), List.of(),
				List.of(new TeachingAssignment(HOMEROOM_CLASS, "语文", true))));
		staff.add(member(schoolId, "subject", "刘老师", Set.of(StaffRole.SUBJECT_TEACHER), List.of(),
				List.of(new TeachingAssignment(DemoClasses.id(1, 1), "数学", false),
						new TeachingAssignment(DemoClasses.id(1, 2), "数学", false))));
		staff.add(member(schoolId, "analyst", "赵分析师", Set.of(StaffRole.ANALYST), List.of(), List.of()));
		staff.add(member(schoolId, "school-admin", "孙老师（教务处）", Set.of(StaffRole.SCHOOL_ADMIN), List.of(), List.of()));
		for (SchoolClass schoolClass : classes) {
			String teacherId = schoolClass.homeroomTeacherId();
			if (!schoolClass.id().equals(HOMEROOM_CLASS) && teacherId != null) {
				String username = teacherId.substring("stf_".length());
				staff.add(member(schoolId, username, schoolClass.name() + "班主任", Set.of(StaffRole.HOMEROOM_TEACHER),
						List.of(), List.of(new TeachingAssignment(schoolClass.id(), "语文", true))));
			}
		}
		return staff;
	}

	static String id(String username) {
		return "stf_" + username;
	}

	private static StaffMember member(String schoolId, String username, String name, Set<StaffRole> roles,
			List<Integer> grades, List<TeachingAssignment> assignments) {
		return new StaffMember(id(username), username, name, schoolId, roles, grades, assignments);
	}

}
