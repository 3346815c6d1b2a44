package org.jiaxiao.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jiaxiao.calendar.CalendarService;
import org.jiaxiao.calendar.SchoolCalendar;
import org.jiaxiao.directory.ContactChannel;
import org.jiaxiao.directory.FocusCategory;
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
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactDetails;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;
import org.jiaxiao.timeline.ContactRecorder;
import org.jiaxiao.timeline.Retraction;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A small school of its own for one test: one class of grade 1 with a homeroom teacher, a
 * subject teacher, a grade leader and a principal, a few students (each in a household of
 * their own), the demo calendar and a policy preset. Tests that build histories and
 * change policies use one, so the shared demo school stays as the other tests expect it.
 */
public final class TestSchool {

	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	public final String id;

	public final String prefix;

	public final SchoolClass schoolClass;

	public final StaffMember principal;

	public final StaffMember homeroom;

	public final StaffMember subject;

	public final StaffMember gradeLeader;

	public final List<Student> students = new ArrayList<>();

	private final ContactRecorder recorder;

	private int contacts;

	private TestSchool(MongoTemplate mongo, ContactRecorder recorder, CalendarService calendars, PolicyService policies,
			PolicyPreset preset, int studentCount, int focusCount) {
		this.recorder = recorder;
		this.prefix = "t5" + UUID.randomUUID().toString().substring(0, 8);
		this.id = "sch_" + this.prefix;
		mongo.insert(new School(this.id, "测试学校 " + this.prefix, SHANGHAI.getId()));
		String classId = "cls_" + this.prefix + "_1_1";
		String homeroomId = "stf_" + this.prefix + "-homeroom";
		this.schoolClass = new SchoolClass(classId, this.id, 1, "一年级1班", homeroomId);
		mongo.insert(this.schoolClass);
		this.principal = staff("principal", "校长", Set.of(StaffRole.PRINCIPAL), List.of(), List.of());
		this.homeroom = staff("homeroom", "班主任", Set.of(StaffRole.HOMEROOM_TEACHER), List.of(),
				List.of(new TeachingAssignment(classId, "语文", true)));
		this.subject = staff("subject", "数学老师", Set.of(StaffRole.SUBJECT_TEACHER), List.of(),
				List.of(new TeachingAssignment(classId, "数学", false)));
		this.gradeLeader = staff("grade-leader", "年级组长", Set.of(StaffRole.GRADE_LEADER), List.of(1), List.of());
		mongo.insertAll(List.of(this.principal, this.homeroom, this.subject, this.gradeLeader));
		for (int i = 0; i < studentCount; i++) {
			String householdId = "hh_" + this.prefix + "_" + i;
			mongo.insert(new Household(householdId, this.id,
					List.of(new Guardian("g1", "家长" + i, GuardianRelation.MOTHER, "13800000000", ContactChannel.PHONE)),
					"某区某街道", null, null));
			Student student = new Student("stu_" + this.prefix + "_" + i, this.id, classId, 1, "%03d".formatted(i + 1),
					"学生" + i, Gender.FEMALE, householdId, null, null,
					(i < focusCount) ? List.of(FocusCategory.LEFT_BEHIND) : null);
			mongo.insert(student);
			this.students.add(student);
		}
		SchoolCalendar demo = DemoCalendarData.calendar(this.id);
		calendars.seed(demo);
		policies.seed(this.id, preset, LocalDate.of(2025, 9, 1));
	}

	static TestSchool create(MongoTemplate mongo, ContactRecorder recorder, CalendarService calendars,
			PolicyService policies, PolicyPreset preset, int students, int focus) {
		return new TestSchool(mongo, recorder, calendars, policies, preset, students, focus);
	}

	public String student(int index) {
		return this.students.get(index).id();
	}

	/**
	 * A contact as it was recorded at the time (history import: no checks, no events).
	 */
	public Contact contact(StaffMember author, int student, ContactForm form, ContactKind kind, LocalDateTime at) {
		Instant occurredAt = at.atZone(SHANGHAI).toInstant();
		Student target = this.students.get(student);
		Contact contact = Contact.recorded("con_" + this.prefix + "_" + (this.contacts++), occurredAt,
				occurredAt.plusSeconds(3600), author.id(), form, kind, "测试记录", List.of(), List.of(target.id()),
				target.householdId(), ContactDetails.NONE);
		this.recorder.importHistorical(contact, SHANGHAI);
		return contact;
	}

	/** The same contact, withdrawn: it stays on the timeline and no longer counts. */
	public Contact withdrawn(StaffMember author, int student, ContactForm form, LocalDateTime at) {
		Instant occurredAt = at.atZone(SHANGHAI).toInstant();
		Student target = this.students.get(student);
		Contact contact = new Contact("con_" + this.prefix + "_" + (this.contacts++), occurredAt,
				occurredAt.plusSeconds(3600), author.id(), form, ContactKind.ROUTINE, "已撤回的记录", List.of(),
				List.of(target.id()), target.householdId(), ContactDetails.NONE, 0, List.of(),
				new Retraction(occurredAt.plusSeconds(7200), author.id(), "记错了学生"));
		this.recorder.importHistorical(contact, SHANGHAI);
		return contact;
	}

	/**
	 * {@code count} home visits by a teacher, one a day from {@code first}, over students
	 * in turn.
	 */
	public void homeVisits(StaffMember author, int count, LocalDate first) {
		for (int i = 0; i < count; i++) {
			contact(author, i % this.students.size(), ContactForm.HOME_VISIT, ContactKind.ROUTINE,
					first.plusDays(i).atTime(16, 0));
		}
	}

	/**
	 * A second class, of grade 2 so that grade 1's figures stay as they were, with a
	 * homeroom teacher of its own; returns that teacher.
	 */
	public StaffMember otherClassHomeroom(MongoTemplate mongo) {
		String classId = "cls_" + this.prefix + "_2_1";
		String homeroomId = "stf_" + this.prefix + "-other-homeroom";
		mongo.insert(new SchoolClass(classId, this.id, 2, "二年级1班", homeroomId));
		StaffMember teacher = staff("other-homeroom", "二年级班主任", Set.of(StaffRole.HOMEROOM_TEACHER), List.of(),
				List.of(new TeachingAssignment(classId, "语文", true)));
		mongo.insert(teacher);
		return teacher;
	}

	/** Another member of staff with these roles and no classes (德育处, an analyst). */
	public StaffMember staffWith(MongoTemplate mongo, String role, StaffRole... roles) {
		StaffMember member = staff(role, role, Set.of(roles), List.of(), List.of());
		mongo.insert(member);
		return member;
	}

	private StaffMember staff(String role, String name, Set<StaffRole> roles, List<Integer> grades,
			List<TeachingAssignment> assignments) {
		String username = this.prefix + "-" + role;
		return new StaffMember("stf_" + username, username, name + this.prefix.substring(2, 6), this.id, roles, grades,
				assignments);
	}

}
