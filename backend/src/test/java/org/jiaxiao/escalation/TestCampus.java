package org.jiaxiao.escalation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.jiaxiao.support.DemoCalendarData;
import org.jiaxiao.tutoring.ContractState;
import org.jiaxiao.tutoring.TutoringContract;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A campus of a test's own, so escalations, reports and notices of one test meet no
 * other's: a tutoring centre (two groups, each with its learning manager, and a
 * consultant, supervisor, campus director, finance and president, every student with a
 * contract) or a school (one class of grade 1 with its homeroom and subject teachers, a
 * grade leader, 德育处 and the principal). Both get the official 2026 calendar and their
 * policy preset.
 */
final class TestCampus {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final String id;

	final String prefix;

	final List<SchoolClass> classes = new ArrayList<>();

	final Map<String, StaffMember> staff = new LinkedHashMap<>();

	final List<Student> students = new ArrayList<>();

	final Map<String, String> contracts = new LinkedHashMap<>();

	private final MongoTemplate mongo;

	private TestCampus(MongoTemplate mongo, String kind) {
		this.mongo = mongo;
		this.prefix = kind + UUID.randomUUID().toString().substring(0, 8);
		this.id = "sch_" + this.prefix;
		mongo.insert(new School(this.id, "测试校区 " + this.prefix, SHANGHAI.getId()));
	}

	/** A tutoring centre with {@code perGroup} students in each of its two groups. */
	static TestCampus centre(MongoTemplate mongo, CalendarService calendars, PolicyService policies, int perGroup) {
		TestCampus campus = new TestCampus(mongo, "tc");
		SchoolClass first = campus.group(8, "初二组", "lm");
		SchoolClass second = campus.group(9, "初三组", "lm2");
		campus.member("lm", StaffRole.LEARNING_MANAGER, List.of(new TeachingAssignment(first.id(), "学管", true)),
				List.of());
		campus.member("lm2", StaffRole.LEARNING_MANAGER, List.of(new TeachingAssignment(second.id(), "学管", true)),
				List.of());
		campus.member("consultant", StaffRole.CONSULTANT, List.of(new TeachingAssignment(first.id(), "咨询", false),
				new TeachingAssignment(second.id(), "咨询", false)), List.of());
		for (String role : List.of("supervisor", "director", "finance", "president")) {
			campus.member(role, switch (role) {
				case "supervisor" -> StaffRole.SUPERVISOR;
				case "director" -> StaffRole.CAMPUS_DIRECTOR;
				case "finance" -> StaffRole.FINANCE;
				default -> StaffRole.PRESIDENT;
			}, List.of(), List.of());
		}
		for (SchoolClass group : campus.classes) {
			String manager = group.homeroomTeacherId();
			for (int i = 0; i < perGroup; i++) {
				Student student = campus.student(group);
				String contractId = "ctr_" + student.id().substring(4);
				mongo.insert(new TutoringContract(contractId, campus.id, student.id(), LocalDate.of(2026, 3, 1),
						campus.staff("consultant").id(), manager, List.of("数学"), 48, 10, null, ContractState.ACTIVE));
				campus.contracts.put(student.id(), contractId);
			}
		}
		campus.seed(calendars, policies, PolicyPreset.TUTORING);
		return campus;
	}

	/** A primary school with one class of {@code count} students. */
	static TestCampus school(MongoTemplate mongo, CalendarService calendars, PolicyService policies, int count) {
		TestCampus campus = new TestCampus(mongo, "ts");
		SchoolClass schoolClass = campus.group(1, "一年级1班", "homeroom");
		campus.member("principal", StaffRole.PRINCIPAL, List.of(), List.of());
		campus.member("deyu", StaffRole.MORAL_EDUCATION, List.of(), List.of());
		campus.member("grade-leader", StaffRole.GRADE_LEADER, List.of(), List.of(1));
		campus.member("homeroom", StaffRole.HOMEROOM_TEACHER,
				List.of(new TeachingAssignment(schoolClass.id(), "语文", true)), List.of());
		campus.member("subject", StaffRole.SUBJECT_TEACHER,
				List.of(new TeachingAssignment(schoolClass.id(), "数学", false)), List.of());
		for (int i = 0; i < count; i++) {
			campus.student(schoolClass);
		}
		campus.seed(calendars, policies, PolicyPreset.PRIMARY);
		return campus;
	}

	StaffMember staff(String role) {
		return this.staff.get(role);
	}

	String username(String role) {
		return staff(role).username();
	}

	String student(int index) {
		return this.students.get(index).id();
	}

	String contractOf(int index) {
		return this.contracts.get(student(index));
	}

	private SchoolClass group(int grade, String name, String homeroomRole) {
		SchoolClass created = new SchoolClass("cls_" + this.prefix + "_" + grade, this.id, grade, name,
				"stf_" + this.prefix + "-" + homeroomRole);
		this.mongo.insert(created);
		this.classes.add(created);
		return created;
	}

	private void member(String role, StaffRole staffRole, List<TeachingAssignment> assignments, List<Integer> grades) {
		String username = this.prefix + "-" + role;
		StaffMember member = new StaffMember("stf_" + username, username, role + this.prefix.substring(2, 6), this.id,
				Set.of(staffRole), grades, assignments);
		this.mongo.insert(member);
		this.staff.put(role, member);
	}

	private Student student(SchoolClass schoolClass) {
		int n = this.students.size();
		String householdId = "hh_" + this.prefix + "_" + n;
		this.mongo.insert(new Household(householdId, this.id,
				List.of(new Guardian("g1", "家长" + n, GuardianRelation.MOTHER, "13800000000", ContactChannel.PHONE)),
				"某区某街道", null, null));
		Student student = new Student("stu_" + this.prefix + "_" + n, this.id, schoolClass.id(), schoolClass.grade(),
				"%03d".formatted(n + 1), "学生" + n, Gender.MALE, householdId, null, null, null);
		this.mongo.insert(student);
		this.students.add(student);
		return student;
	}

	private void seed(CalendarService calendars, PolicyService policies, PolicyPreset preset) {
		calendars.seed(DemoCalendarData.calendar(this.id));
		policies.seed(this.id, preset, LocalDate.of(2025, 9, 1));
	}

}
