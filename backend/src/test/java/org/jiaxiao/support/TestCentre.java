package org.jiaxiao.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jiaxiao.calendar.CalendarService;
import org.jiaxiao.directory.ContactChannel;
import org.jiaxiao.directory.Gender;
import org.jiaxiao.directory.Guardian;
import org.jiaxiao.directory.GuardianRelation;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.School;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.TeachingAssignment;
import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.policy.PolicyService;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A tutoring campus of its own for one test: two groups (grade 8 and 9), each with its
 * learning manager; a consultant for both; a supervisor, a director, finance and the
 * president; a few students per group in households of their own; the demo calendar and
 * the tutoring preset. Tests that record contracts use one, so the demo centre keeps one
 * contract per student as the other tests expect.
 */
public final class TestCentre {

	public final String id;

	public final SchoolClass group8;

	final SchoolClass group9;

	public final StaffMember manager8;

	public final StaffMember manager9;

	public final StaffMember consultant;

	public final StaffMember supervisor;

	public final StaffMember director;

	public final StaffMember finance;

	final StaffMember president;

	/**
	 * The organisation's admin, who alone changes the policy (as a school's principal).
	 */
	public final StaffMember admin;

	final List<Student> students8 = new ArrayList<>();

	final List<Student> students9 = new ArrayList<>();

	private final String prefix;

	private TestCentre(MongoTemplate mongo, CalendarService calendars, PolicyService policies, int perGroup) {
		this.prefix = "tc" + UUID.randomUUID().toString().substring(0, 8);
		this.id = "sch_" + this.prefix;
		mongo.insert(new School(this.id, "测试校区 " + this.prefix, TestSchool.SHANGHAI.getId()));
		this.manager8 = staff("lm8", "学管师一", StaffRole.LEARNING_MANAGER, List.of());
		this.manager9 = staff("lm9", "学管师二", StaffRole.LEARNING_MANAGER, List.of());
		this.group8 = new SchoolClass("cls_" + this.prefix + "_8", this.id, 8, "初二组", this.manager8.id());
		this.group9 = new SchoolClass("cls_" + this.prefix + "_9", this.id, 9, "初三组", this.manager9.id());
		mongo.insertAll(List.of(this.group8, this.group9));
		StaffMember lm8 = withAssignments(this.manager8, List.of(new TeachingAssignment(this.group8.id(), "学管", true)));
		StaffMember lm9 = withAssignments(this.manager9, List.of(new TeachingAssignment(this.group9.id(), "学管", true)));
		this.consultant = staff("consultant", "咨询师", StaffRole.CONSULTANT,
				List.of(new TeachingAssignment(this.group8.id(), "咨询", false),
						new TeachingAssignment(this.group9.id(), "咨询", false)));
		this.supervisor = staff("supervisor", "学管主管", StaffRole.SUPERVISOR, List.of());
		this.director = staff("director", "校区总监", StaffRole.CAMPUS_DIRECTOR, List.of());
		this.finance = staff("finance", "财务", StaffRole.FINANCE, List.of());
		this.president = staff("president", "总裁", StaffRole.PRESIDENT, List.of());
		this.admin = staff("admin", "机构管理员", StaffRole.PRINCIPAL, List.of());
		mongo.insertAll(List.of(lm8, lm9, this.consultant, this.supervisor, this.director, this.finance, this.president,
				this.admin));
		for (int i = 0; i < perGroup; i++) {
			this.students8.add(student(mongo, this.group8, i));
			this.students9.add(student(mongo, this.group9, i));
		}
		calendars.seed(DemoCalendarData.calendar(this.id));
		policies.seed(this.id, PolicyPreset.TUTORING, LocalDate.of(2025, 9, 1));
	}

	public static TestCentre create(MongoTemplate mongo, CalendarService calendars, PolicyService policies,
			int perGroup) {
		return new TestCentre(mongo, calendars, policies, perGroup);
	}

	public String student8(int index) {
		return this.students8.get(index).id();
	}

	public String student9(int index) {
		return this.students9.get(index).id();
	}

	private Student student(MongoTemplate mongo, SchoolClass group, int index) {
		String householdId = "hh_" + this.prefix + "_" + group.grade() + "_" + index;
		mongo.insert(new Household(householdId, this.id,
				List.of(new Guardian("g1", "家长" + index, GuardianRelation.FATHER, "13900000000", ContactChannel.PHONE)),
				"某区某路", null, null));
		Student student = new Student("stu_" + this.prefix + "_" + group.grade() + "_" + index, this.id, group.id(),
				group.grade(), "%d%02d".formatted(group.grade(), index + 1), "学员" + index, Gender.MALE, householdId,
				null, null, null);
		mongo.insert(student);
		return student;
	}

	private StaffMember staff(String role, String name, StaffRole staffRole, List<TeachingAssignment> assignments) {
		String username = this.prefix + "-" + role;
		return new StaffMember("stf_" + username, username, name + this.prefix.substring(2, 6), this.id,
				Set.of(staffRole), List.of(), assignments);
	}

	private static StaffMember withAssignments(StaffMember staff, List<TeachingAssignment> assignments) {
		return new StaffMember(staff.id(), staff.username(), staff.displayName(), staff.schoolId(), staff.roles(),
				staff.gradesLed(), assignments);
	}

}
