package org.jiaxiao.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.School;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.TeachingAssignment;
import org.jiaxiao.tutoring.ContractState;
import org.jiaxiao.tutoring.TutoringContract;

/**
 * The demo tutoring centre (启航教育·海淀校区): two groups of lower-secondary pupils, each looked
 * after by a learning manager, every family with a contract signed by the consultant. Its
 * staff are the tutoring demo users: learning-manager, consultant, supervisor, director,
 * finance and president.
 *
 * @param school the campus
 * @param groups its groups (classes whose homeroom teacher is the learning manager)
 * @param staff its staff
 * @param households the families
 * @param students the students
 * @param contracts one contract per student
 */
record DemoTutoringCentre(School school, List<SchoolClass> groups, List<StaffMember> staff, List<Household> households,
		List<Student> students, List<TutoringContract> contracts) {

	static final String SCHOOL_ID = "sch_tutoring";

	/** Groups of grade 8 and 9 (初二, 初三); ids never meet the demo school's. */
	static final String GROUP_GRADE8 = "cls_t8_1";

	static final String GROUP_GRADE9 = "cls_t9_1";

	private static final long SEED = 20260315L;

	private static final List<List<String>> SUBJECTS = List.of(List.of("数学"), List.of("英语"), List.of("数学", "物理"),
			List.of("语文", "英语"));

	static DemoTutoringCentre generate(Instant now, ZoneId zone) {
		Random random = new Random(SEED);
		School school = new School(SCHOOL_ID, "启航教育·海淀校区", zone.getId());
		String firstManager = DemoStaff.id("learning-manager");
		String secondManager = DemoStaff.id("learning-manager-2");
		List<SchoolClass> groups = List.of(new SchoolClass(GROUP_GRADE8, SCHOOL_ID, 8, "初二提高组", firstManager),
				new SchoolClass(GROUP_GRADE9, SCHOOL_ID, 9, "初三冲刺组", secondManager));
		DemoFamilies families = new DemoFamilies(random, SCHOOL_ID, SchoolYears.of(now, zone), "hh_t");
		families.addClass(groups.get(0), 14);
		families.addClass(groups.get(1), 12);
		LocalDate today = LocalDate.ofInstant(now, zone);
		List<TutoringContract> contracts = new ArrayList<>();
		int number = 0;
		for (Student student : families.students()) {
			number++;
			// Most families signed months ago; the last two of each group this week, so
			// the
			// onboarding deadlines of a new student can be seen running.
			boolean recent = number % 7 == 0;
			LocalDate signedOn = recent ? today.minusDays(1 + random.nextInt(3))
					: today.minusDays(30 + random.nextInt(150));
			int bought = 24 + 12 * random.nextInt(4);
			int given = recent ? 0 : Math.min(bought, 4 + random.nextInt(20));
			Instant firstLesson = signedOn.plusDays(5).atTime(18, 30).atZone(zone).toInstant();
			String manager = student.classId().equals(GROUP_GRADE8) ? firstManager : secondManager;
			contracts.add(new TutoringContract("ctr_t%03d".formatted(number), SCHOOL_ID, student.id(), signedOn,
					DemoStaff.id("consultant"), manager, SUBJECTS.get(random.nextInt(SUBJECTS.size())), bought, given,
					firstLesson, ContractState.ACTIVE));
		}
		return new DemoTutoringCentre(school, groups, staff(groups), families.households(), families.students(),
				contracts);
	}

	private static List<StaffMember> staff(List<SchoolClass> groups) {
		List<TeachingAssignment> consulting = groups.stream()
			.map((group) -> new TeachingAssignment(group.id(), "咨询", false))
			.toList();
		List<StaffMember> staff = new ArrayList<>();
		staff.add(member("learning-manager", "周老师（学管师）", StaffRole.LEARNING_MANAGER,
				List.of(new TeachingAssignment(GROUP_GRADE8, "学管", true))));
		staff.add(member("learning-manager-2", "孙老师（学管师）", StaffRole.LEARNING_MANAGER,
				List.of(new TeachingAssignment(GROUP_GRADE9, "学管", true))));
		staff.add(member("consultant", "吴老师（咨询师）", StaffRole.CONSULTANT, consulting));
		staff.add(member("supervisor", "郑主管（学管主管）", StaffRole.SUPERVISOR, List.of()));
		staff.add(member("director", "冯总监（校区总监）", StaffRole.CAMPUS_DIRECTOR, List.of()));
		staff.add(member("finance", "何会计（财务部）", StaffRole.FINANCE, List.of()));
		staff.add(member("president", "韩总裁", StaffRole.PRESIDENT, List.of()));
		return staff;
	}

	private static StaffMember member(String username, String name, StaffRole role,
			List<TeachingAssignment> assignments) {
		return new StaffMember(DemoStaff.id(username), username, name, SCHOOL_ID, Set.of(role), List.of(), assignments);
	}

}
