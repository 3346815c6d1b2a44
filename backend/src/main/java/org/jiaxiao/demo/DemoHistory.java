package org.jiaxiao.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.jiaxiao.directory.Guardian;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.Student;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactDetails;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;
import org.jiaxiao.timeline.GuardianMet;

/**
 * A plausible history of contacts since the school year began: most families a few times,
 * mostly by phone and message, some home visits, a few immediate contacts.
 */
final class DemoHistory {

	private static final List<String> SUMMARIES = List.of("与家长沟通孩子近期的学习情况，数学作业完成较好，语文阅读需加强。家长表示会督促每天阅读二十分钟。",
			"家访了解家庭学习环境，孩子有独立书桌。建议家长减少孩子看电视的时间，周末安排户外活动。", "孩子这周课堂上发言积极，向家长反馈表扬。家长反映孩子在家主动做家务，尊敬长辈。",
			"孩子连续两天作业未交，与家长电话沟通原因：晚上睡得晚。约定家长每晚九点前检查作业。", "家长来校询问孩子与同学相处的情况，介绍了孩子在校表现，双方约定两周后再沟通。",
			"孩子因感冒请假两天，电话询问身体情况，告知补课安排和作业内容。", "在家校联系册中反馈本周表现：上课专注，书写有进步。请家长继续鼓励。", "约家长到校面谈孩子课间追跑的安全问题，家长表示理解并会配合教育。");

	private static final ContactForm[] FORMS = { ContactForm.PHONE, ContactForm.PHONE, ContactForm.PHONE,
			ContactForm.HOME_VISIT, ContactForm.HOME_VISIT, ContactForm.CLASS_GROUP_MESSAGE, ContactForm.ONLINE_MESSAGE,
			ContactForm.PARENT_VISIT, ContactForm.INVITED_VISIT, ContactForm.CONTACT_BOOK, ContactForm.VIDEO_CALL };

	private DemoHistory() {
	}

	static List<Contact> of(RandomGenerator random, List<Student> students, Map<String, Household> households,
			Map<String, SchoolClass> classes, LocalDate schoolYearStart, Instant now, ZoneId zone) {
		List<Contact> contacts = new ArrayList<>();
		long days = Math.max(1, Duration.between(schoolYearStart.atStartOfDay(zone).toInstant(), now).toDays());
		for (Student student : students) {
			int count = switch (random.nextInt(10)) {
				case 0, 1 -> 0;
				case 2, 3, 4, 5 -> 1;
				case 6, 7 -> 2;
				default -> 3 + random.nextInt(3);
			};
			for (int i = 0; i < count; i++) {
				LocalDate day = schoolYearStart.plusDays(random.nextLong(days));
				Instant occurredAt = day.atTime(LocalTime.of(8 + random.nextInt(12), random.nextInt(4) * 15))
					.atZone(zone)
					.toInstant();
				if (occurredAt.isAfter(now.minus(Duration.ofHours(1)))) {
					continue;
				}
				contacts.add(contact(random, student, households.get(student.householdId()),
						classes.get(student.classId()), occurredAt, contacts.size()));
			}
		}
		return contacts;
	}

	private static Contact contact(RandomGenerator random, Student student, Household household,
			SchoolClass schoolClass, Instant occurredAt, int number) {
		ContactForm form = FORMS[random.nextInt(FORMS.length)];
		ContactKind kind = (random.nextInt(20) == 0) ? ContactKind.IMMEDIATE
				: (random.nextInt(10) == 0) ? ContactKind.FOCUS : ContactKind.ROUTINE;
		Guardian guardian = household.guardians().get(random.nextInt(household.guardians().size()));
		List<GuardianMet> met = List.of(new GuardianMet(guardian.id(), guardian.name(), guardian.relation()));
		Instant recordedAt = occurredAt.plus(Duration.ofMinutes(30 + random.nextInt(600)));
		String author = (schoolClass.homeroomTeacherId() != null) ? schoolClass.homeroomTeacherId()
				: DemoStaff.id("principal");
		return Contact.recorded("con_demo_%05d".formatted(number), occurredAt, recordedAt, author, form, kind,
				SUMMARIES.get(random.nextInt(SUMMARIES.size())), met, List.of(student.id()), household.id(),
				details(form, kind));
	}

	/**
	 * Home visits and focus or immediate contacts carry the analysis and countermeasure
	 * the rules ask for.
	 */
	private static ContactDetails details(ContactForm form, ContactKind kind) {
		if (form != ContactForm.HOME_VISIT && kind == ContactKind.ROUTINE) {
			return ContactDetails.NONE;
		}
		return new ContactDetails(null, (form == ContactForm.HOME_VISIT) ? 60 : null, null, true, null, null, null,
				null, "孩子学习习惯尚在养成，家庭配合意愿强。", "每周通过家校联系册反馈一次，两周后电话回访。", null, List.of(), false, null, null);
	}

}
