package org.jiaxiao.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.policy.MeetingRules;
import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.policy.PolicyRules;
import org.jiaxiao.policy.PolicyVersion;
import org.jiaxiao.support.ComplianceApiTest;
import org.jiaxiao.support.TestSchool;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.jiaxiao.support.DemoCalendarData.d;

/**
 * The policy's meeting rules (parent meetings and committee meetings per term) as small
 * histories of meetings recorded through the API, and the figures the class report gives
 * for them. Terms of the demo calendar: 2025-09-01..2026-01-16 and
 * 2026-02-24..2026-07-03.
 */
class MeetingRulesTest extends ComplianceApiTest {

	static final String RECORD = """
			mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) {
			  meeting { id kind heldOn topic minutes resolutions attendeeCount recordedBy { id } class { id } }
			  errors { code field message } } }""";

	private static final String PARENTS = "complianceReport.classes[0].meetings.parentMeetings";

	private static final String COMMITTEE = "complianceReport.classes[0].meetings.committeeMeetings";

	@Test
	void oneParentMeetingInATermUnderThePrimaryPresetIsFiftyPercentAndFlagged() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		parentMeetings(school, d(2025, 10, 15));

		var term = report(school.homeroom.username(), classScope(school.schoolClass.id()), term(2025, 1));
		term.path("complianceReport.classes[0].meetings.term.name").entity(String.class).isEqualTo("第一学期");
		term.path("complianceReport.classes[0].meetings.countedTo").entity(String.class).isEqualTo("2026-01-16");
		assertFigures(term, PARENTS, "held", 1, "quota", 2, "percent", 50.0, "shortAtTermEnd", true);
		// No committee meeting at all: 0 of 1, flagged too.
		assertFigures(term, COMMITTEE, "held", 0, "quota", 1, "percent", 0.0, "shortAtTermEnd", true);
	}

	@Test
	void twoParentMeetingsAndOneCommitteeMeetingATermMeetThePrimaryPreset() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		// The first term's meeting counts for the first term only.
		parentMeetings(school, d(2025, 12, 19), d(2026, 3, 6));
		meeting(school, school.homeroom, "PARENT_COMMITTEE", d(2026, 4, 17));
		meeting(school, school.gradeLeader, "PARENT_MEETING", d(2026, 6, 26));
		// Open days and workshops are not parent meetings.
		meeting(school, school.homeroom, "OPEN_DAY", d(2026, 5, 20));

		var term = report(school.principal.username(), classScope(school.schoolClass.id()), term(2025, 2));
		term.path("complianceReport.classes[0].meetings.term.start").entity(String.class).isEqualTo("2026-02-24");
		assertFigures(term, PARENTS, "held", 2, "percent", 100.0, "shortAtTermEnd", false);
		assertFigures(term, COMMITTEE, "held", 1, "percent", 100.0, "shortAtTermEnd", false);
	}

	@Test
	void aMonthCountsItsTermUpToTheMonthsEndAndFlagsNothingBeforeTheTermEnds() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		parentMeetings(school, d(2025, 9, 12), d(2025, 11, 20));
		String homeroom = school.homeroom.username();
		Map<String, Object> scope = classScope(school.schoolClass.id());

		var october = report(homeroom, scope, month("2025-10"));
		october.path("complianceReport.classes[0].meetings.term.name").entity(String.class).isEqualTo("第一学期");
		october.path("complianceReport.classes[0].meetings.countedTo").entity(String.class).isEqualTo("2025-10-31");
		assertFigures(october, PARENTS, "held", 1, "percent", 50.0, "shortAtTermEnd", false);
		assertFigures(october, COMMITTEE, "shortAtTermEnd", false);

		// A day in the winter break counts the term just ended, to its last day.
		var winter = report(homeroom, scope, Map.of("winterBreak", 2025));
		winter.path("complianceReport.classes[0].meetings.countedTo").entity(String.class).isEqualTo("2026-01-16");
		assertFigures(winter, PARENTS, "held", 2, "shortAtTermEnd", false);
		assertFigures(winter, COMMITTEE, "shortAtTermEnd", true);
	}

	@Test
	void meetingsOnATermsFirstAndLastDaysCountAndOneTheDayBeforeItDoesNot() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		parentMeetings(school, d(2026, 2, 23), d(2026, 2, 24), d(2026, 7, 3), d(2026, 7, 4));

		var term = report(school.homeroom.username(), classScope(school.schoolClass.id()), term(2025, 2));
		assertFigures(term, PARENTS, "held", 2);
	}

	@Test
	void aTermStillUnderWayIsNotFlagged() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		LocalDate today = LocalDate.now(TestSchool.SHANGHAI);
		int startYear = (today.getMonthValue() >= 9) ? today.getYear() : today.getYear() - 1;
		LocalDate yearStart = LocalDate.of(startYear, 9, 1);
		LocalDate yearEnd = LocalDate.of(startYear + 1, 8, 31);
		LocalDate termStart = today.minusDays(30).isBefore(yearStart) ? yearStart : today.minusDays(30);
		LocalDate termEnd = today.plusDays(30).isAfter(yearEnd) ? yearEnd : today.plusDays(30);
		as(school.principal.username()).document("""
				mutation($input: SetSchoolYearDatesInput!) { setSchoolYearDates(input: $input) { errors { code } } }""")
			.variable("input",
					Map.of("startYear", startYear, "start", yearStart.toString(), "end", yearEnd.toString(), "terms",
							List.of(Map.of("name", "本学期", "start", termStart.toString(), "end", termEnd.toString()))))
			.execute()
			.path("setSchoolYearDates.errors")
			.entityList(Object.class)
			.hasSize(0);
		meeting(school, school.homeroom, "PARENT_MEETING", today);

		var now = report(school.homeroom.username(), classScope(school.schoolClass.id()),
				Map.of("term", Map.of("schoolYear", startYear, "number", 1)));
		now.path("complianceReport.classes[0].meetings.term.name").entity(String.class).isEqualTo("本学期");
		assertFigures(now, PARENTS, "held", 1, "percent", 50.0, "shortAtTermEnd", false);
		assertFigures(now, COMMITTEE, "shortAtTermEnd", false);
	}

	@Test
	void theTutoringPresetHasNoMeetingRuleSoNothingIsOwedOrFlagged() {
		TestSchool centre = school(PolicyPreset.TUTORING, 3, 0);
		var term = report(centre.homeroom.username(), classScope(centre.schoolClass.id()), term(2025, 1));
		assertFigures(term, PARENTS, "held", 0, "quota", null, "percent", null, "shortAtTermEnd", false);
	}

	@Test
	void aTermIsMeasuredAgainstThePolicyInForceOnItsLastDay() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		parentMeetings(school, d(2026, 3, 6), d(2026, 5, 8));
		PolicyRules p = PolicyPreset.PRIMARY.rules();
		PolicyRules threeMeetings = new PolicyRules(p.contactsPerTeacherPerMonth(), p.homeroom(), p.subjectTeacher(),
				p.homeVisitForms(), p.focus(), p.immediate(), new MeetingRules(3, 1, 30, 0, 0), p.coverage(),
				p.onboarding(), p.reminders(), p.escalationChains());
		this.mongo.insert(
				new PolicyVersion("pol_" + school.prefix + "_spring", school.id, 2, d(2026, 2, 1), PolicyPreset.PRIMARY,
						threeMeetings, Instant.parse("2026-02-01T01:00:00Z"), school.principal.id(), "每学期三次家长会"));
		Map<String, Object> scope = classScope(school.schoolClass.id());

		assertFigures(report(school.principal.username(), scope, term(2025, 1)), PARENTS, "quota", 2);
		var spring = report(school.principal.username(), scope, term(2025, 2));
		assertFigures(spring, PARENTS, "quota", 3, "percent", 66.7, "shortAtTermEnd", true);
	}

	/** Parent meetings the homeroom teacher held on these days. */
	private void parentMeetings(TestSchool school, LocalDate... days) {
		for (LocalDate heldOn : days) {
			meeting(school, school.homeroom, "PARENT_MEETING", heldOn);
		}
	}

	private void meeting(TestSchool school, StaffMember author, String kind, LocalDate heldOn) {
		GraphQlTester.Response response = as(author.username()).document(RECORD)
			.variable("input",
					input("classId", school.schoolClass.id(), "kind", kind, "heldOn", heldOn.toString(), "topic",
							"家长会 " + heldOn, "minutes", kind.equals("PARENT_COMMITTEE") ? "会议纪要" : null))
			.execute();
		response.path("recordMeeting.errors").entityList(Object.class).hasSize(0);
	}

	private static Map<String, Object> term(int schoolYear, int number) {
		return Map.of("term", Map.of("schoolYear", schoolYear, "number", number));
	}

}
