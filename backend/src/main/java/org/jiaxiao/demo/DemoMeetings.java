package org.jiaxiao.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.meeting.Meeting;
import org.jiaxiao.meeting.MeetingKind;

/**
 * A few meetings of the demo classes over the demo calendar's terms, up to today: 一年级1班
 * holds what the primary preset asks (two parent meetings and a committee meeting a term,
 * each committee meeting following up the last one's resolutions), 一年级2班 one parent
 * meeting a term and no committee meeting (flagged once a term is over), 二年级1班 its 2025
 * autumn term's. Fixed ids: seeding again adds only meetings whose day has come since.
 */
final class DemoMeetings {

	private static final String SCHOOL_ID = "sch_demo";

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private DemoMeetings() {
	}

	static List<Meeting> upTo(LocalDate today) {
		List<Meeting> all = new ArrayList<>();
		all.add(parent(1, 1, date(2025, 9, 12), "新学期家长会：入学适应与作息安排", 41));
		all.add(committee(1, 1, date(2025, 10, 17), "家委会会议：秋游与班级图书角", "到会家委 7 人。讨论秋游的安全分工和费用公示；班级图书角的图书来源与管理。",
				List.of("家委会协助组织 11 月秋游，报名表 10 月 24 日前收齐", "每个家庭自愿捐书 1–2 本，由家委会登记后放入图书角")));
		all.add(parent(1, 1, date(2025, 12, 19), "期末家长会：复习安排与寒假安全", 39));
		all.add(parent(1, 1, date(2026, 3, 6), "第二学期家长会：阅读习惯与书写", 40));
		all.add(committee(1, 1, date(2026, 4, 17), "家委会会议：上学期决议落实与六一活动",
				"秋游已按计划完成，费用已公示；图书角收书 86 本，由两位家长每月整理一次。讨论六一游园活动。",
				List.of("六一游园活动由家委会分四组负责，5 月 22 日前报方案", "放学接送志愿岗每周安排两位家长")));
		all.add(parent(1, 1, date(2026, 6, 26), "期末家长会：暑假作业与安全", 38));
		all.add(parent(1, 1, date(2026, 9, 11), "开学家长会：新学期目标", 42));
		all.add(committee(1, 1, date(2026, 10, 16), "家委会会议：换届与本学期计划", "六一游园活动已完成；接送志愿岗本学期继续。家委会换届，选出新一届委员 7 人。",
				List.of("新一届家委会每月第一周开一次例会", "12 月举办一次亲子阅读分享会")));
		all.add(parent(1, 2, date(2025, 9, 12), "新学期家长会：入学适应", 37));
		all.add(parent(1, 2, date(2026, 3, 6), "第二学期家长会：学习习惯", 35));
		all.add(parent(1, 2, date(2026, 9, 11), "开学家长会：新学期安排", 36));
		all.add(parent(2, 1, date(2025, 9, 19), "新学期家长会：二年级学习要求", 40));
		all.add(committee(2, 1, date(2025, 11, 7), "家委会会议：运动会后勤", "到会家委 6 人。讨论运动会当天的后勤与安全。",
				List.of("运动会当天由 4 位家长协助维持秩序")));
		all.add(parent(2, 1, date(2025, 12, 26), "期末家长会：复习与寒假安排", 38));
		return all.stream().filter((meeting) -> !meeting.heldOn().isAfter(today)).toList();
	}

	private static Meeting parent(int grade, int number, LocalDate day, String topic, int attendees) {
		return meeting(grade, number, MeetingKind.PARENT_MEETING, day, topic, null, List.of(), attendees);
	}

	private static Meeting committee(int grade, int number, LocalDate day, String topic, String minutes,
			List<String> resolutions) {
		return meeting(grade, number, MeetingKind.PARENT_COMMITTEE, day, topic, minutes, resolutions, 7);
	}

	private static Meeting meeting(int grade, int number, MeetingKind kind, LocalDate day, String topic,
			@Nullable String minutes, List<String> resolutions, int attendees) {
		String classId = DemoClasses.id(grade, number);
		String homeroom = (grade == 1 && number == 1) ? DemoStaff.id("homeroom")
				: DemoStaff.id("teacher-g" + grade + "c" + number);
		String id = "mtg_demo_" + grade + "_" + number + "_" + day.toString().replace("-", "");
		return new Meeting(id, SCHOOL_ID, classId, grade, kind, day, topic, minutes, resolutions, attendees, homeroom,
				day.atTime(LocalTime.of(20, 0)).atZone(SHANGHAI).toInstant());
	}

	private static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

}
