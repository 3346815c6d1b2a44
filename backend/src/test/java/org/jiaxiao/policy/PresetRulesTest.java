package org.jiaxiao.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.report.QuotasTest;
import org.jiaxiao.support.ComplianceApiTest;
import org.jiaxiao.support.TestSchool;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoCalendarData.d;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Each preset rule as a small history and the figure the report gives for it, asked for
 * through the API by the teacher or overseer who would read it.
 */
class PresetRulesTest extends ComplianceApiTest {

	private static final String TEACHER = "complianceReport.teachers[0]";

	private static final String CLASS = "complianceReport.classes[0]";

	@Autowired
	private AuditLog audit;

	@Test
	void primaryHomeroomTeacherWithNineHomeVisitsInMarchIsAtNinetyPercentAndFlagged() {
		TestSchool school = school(PolicyPreset.PRIMARY, 12, 0);
		school.homeVisits(school.homeroom, 9, d(2026, 3, 2));

		var march = report(school.homeroom.username(), teacherScope(school.homeroom.id()), month("2026-03"));
		assertFigures(march, TEACHER, "role", "HOMEROOM", "homeVisits", 9, "homeVisitQuota", 10, "homeVisitPercent",
				90.0, "homeVisitsBelowQuota", true);

		school.homeVisits(school.homeroom, 1, d(2026, 3, 30));
		var done = report(school.homeroom.username(), teacherScope(school.homeroom.id()), month("2026-03"));
		assertFigures(done, TEACHER, "homeVisitPercent", 100.0, "homeVisitsBelowQuota", false);
	}

	@Test
	void primaryEveryTeacherContactsEightFamiliesAMonth() {
		TestSchool school = school(PolicyPreset.PRIMARY, 10, 0);
		for (int family = 0; family < 7; family++) {
			school.contact(school.subject, family, ContactForm.PHONE, ContactKind.ROUTINE,
					LocalDateTime.of(2026, 4, 7 + family, 18, 0));
		}
		// A second call to the same family is a contact, not another family.
		school.contact(school.subject, 0, ContactForm.CLASS_GROUP_MESSAGE, ContactKind.ROUTINE,
				LocalDateTime.of(2026, 4, 20, 18, 0));

		var april = report(school.gradeLeader.username(), teacherScope(school.subject.id()), month("2026-04"));
		assertFigures(april, TEACHER, "role", "SUBJECT", "familiesContacted", 7, "contacts", 8, "contactQuota", 8,
				"contactPercent", 87.5, "contactsBelowQuota", true);

		school.contact(school.subject, 7, ContactForm.PHONE, ContactKind.ROUTINE, LocalDateTime.of(2026, 4, 28, 18, 0));
		var eight = report(school.gradeLeader.username(), teacherScope(school.subject.id()), month("2026-04"));
		assertFigures(eight, TEACHER, "familiesContacted", 8, "contactsBelowQuota", false);
	}

	@Test
	void primarySubjectTeacherOwesThreeHomeVisitsAMonthFourInTheWinterBreakAndSixInTheSummer() {
		TestSchool school = school(PolicyPreset.PRIMARY, 10, 0);
		school.homeVisits(school.subject, 3, d(2026, 5, 11));
		school.homeVisits(school.subject, 2, d(2026, 1, 20));
		String subject = school.subject.username();
		Map<String, Object> self = teacherScope(school.subject.id());

		var may = report(subject, self, month("2026-05"));
		assertFigures(may, TEACHER, "homeVisitQuota", 3, "homeVisitPercent", 100.0);
		var winter = report(subject, self, Map.of("winterBreak", 2025));
		assertFigures(winter, "complianceReport.period", "from", "2026-01-17", "to", "2026-02-23");
		assertFigures(winter, TEACHER, "homeVisits", 2, "homeVisitQuota", 4, "homeVisitPercent", 50.0,
				"homeVisitsBelowQuota", true);
		assertFigures(report(subject, self, Map.of("summerBreak", 2025)), TEACHER, "homeVisitQuota", 6);
	}

	@Test
	void primaryHomeroomTeacherOwesSixHomeVisitsInTheWinterBreak() {
		TestSchool school = school(PolicyPreset.PRIMARY, 10, 0);
		school.homeVisits(school.homeroom, 6, d(2026, 1, 25));
		var winter = report(school.principal.username(), teacherScope(school.homeroom.id()),
				Map.of("winterBreak", 2025));
		assertFigures(winter, TEACHER, "homeVisitQuota", 6, "homeVisitPercent", 100.0, "homeVisitsBelowQuota", false);
	}

	@Test
	void primaryHomeroomTeacherVisitsEveryStudentOncePerSchoolYearAndWithdrawnRecordsDoNotCount() {
		TestSchool school = school(PolicyPreset.PRIMARY, 5, 0);
		school.homeVisits(school.homeroom, 3, d(2025, 10, 13));
		homeroomContact(school, 3, ContactForm.PHONE, ContactKind.ROUTINE, "2025-11-03T19:00");
		school.withdrawn(school.homeroom, 4, ContactForm.HOME_VISIT, LocalDateTime.of(2025, 11, 5, 19, 0));

		var year = report(school.homeroom.username(), classScope(school.schoolClass.id()), Map.of("schoolYear", 2025));
		assertFigures(year, CLASS, "everyStudentRequired", true, "students", 5, "visited", 3, "coveragePercent", 60.0);
		year.path("complianceReport.classes[0].notVisitedStudentIds")
			.entityList(String.class)
			.containsExactly(school.student(3), school.student(4));
		year.path("complianceReport.classes[0].notVisited.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(school.student(3), school.student(4));
		// The withdrawn visit counts neither for coverage nor for the teacher.
		year.path("complianceReport.teachers[?(@.teacher.id == '" + school.homeroom.id() + "')].homeVisits")
			.entityList(Integer.class)
			.containsExactly(3);
	}

	@Test
	void primaryFocusStudentsGetOneOrTwoExtraVisitsAndAVisitInTheWinterBreak() {
		TestSchool school = school(PolicyPreset.PRIMARY, 4, 2);
		homeroomContact(school, 0, ContactForm.HOME_VISIT, ContactKind.ROUTINE, "2025-10-09T17:00");
		homeroomContact(school, 0, ContactForm.HOME_VISIT, ContactKind.FOCUS, "2026-01-28T10:00");
		homeroomContact(school, 1, ContactForm.HOME_VISIT, ContactKind.FOCUS, "2025-11-20T17:00");
		homeroomContact(school, 2, ContactForm.HOME_VISIT, ContactKind.ROUTINE, "2026-01-29T10:00");

		var year = report(school.gradeLeader.username(), classScope(school.schoolClass.id()),
				Map.of("schoolYear", 2025));
		assertFigures(year, CLASS, "focusStudents", 2, "focusWithExtraVisits", 1, "focusVisitedInWinterBreak", 1);
	}

	@Test
	void secondaryFaceToFaceWithAThirdOfTheFamiliesEachSchoolYear() {
		TestSchool school = school(PolicyPreset.SECONDARY, 6, 0);
		homeroomContact(school, 0, ContactForm.HOME_VISIT, ContactKind.ROUTINE, "2025-10-09T17:00");
		homeroomContact(school, 1, ContactForm.PARENT_VISIT, ContactKind.ROUTINE, "2026-03-09T17:00");
		// A call is not face to face.
		homeroomContact(school, 2, ContactForm.PHONE, ContactKind.ROUTINE, "2026-03-10T17:00");
		String homeroom = school.homeroom.username();
		Map<String, Object> scope = classScope(school.schoolClass.id());

		var year = report(homeroom, scope, Map.of("schoolYear", 2025));
		assertFigures(year, CLASS, "families", 6, "faceToFaceFamilies", 2, "faceToFacePercent", 33.3,
				"faceToFaceQuotaPercent", 33.3, "faceToFaceBelowQuota", false);
		var autumn = report(homeroom, scope, Map.of("from", "2025-09-01", "to", "2025-12-31"));
		assertFigures(autumn, CLASS, "faceToFacePercent", 16.7, "faceToFaceBelowQuota", true);
	}

	@Test
	void secondaryHomeroomTeacherVisitsEveryStudentOnceAYearWithNoMonthlyQuota() {
		TestSchool school = school(PolicyPreset.SECONDARY, 4, 0);
		school.homeVisits(school.homeroom, 2, d(2026, 3, 2));
		var march = report(school.homeroom.username(), classScope(school.schoolClass.id()), month("2026-03"));
		assertFigures(march, CLASS, "everyStudentRequired", true, "visited", 2);
		march.path("complianceReport.teachers[?(@.teacher.id == '" + school.homeroom.id() + "')].contactQuota")
			.entityList(Object.class)
			.containsExactly((Object) null);
		march.path("complianceReport.teachers[?(@.teacher.id == '" + school.homeroom.id() + "')].homeVisitsBelowQuota")
			.entityList(Boolean.class)
			.containsExactly(false);
	}

	@Test
	void tutoringPresetCarriesTheOnboardingDeadlinesAndNoVisitQuotas() {
		var presets = as("homeroom")
			.document("{ policyPresets { preset rules { contactsPerTeacherPerMonth homeroom { perMonth } onboarding {"
					+ " fileWithinWorkingDays callWithinDaysOfFile consultantWithinHours notifyHoursBeforeFirstLesson"
					+ " followUpCallOnFirstLessonDay learningPlanAfterWeeks tutoringPlanInWeek tutoringPlanAfterLessons"
					+ " weeklyFollowUpsForMonths followUpsPerFortnightMin followUpsPerFortnightMax scoresWithinDays"
					+ " growthRecordsPerMonth } } } }")
			.execute();
		presets.path("policyPresets[*].preset")
			.entityList(String.class)
			.containsExactly("PRIMARY", "SECONDARY", "TUTORING");
		presets.path("policyPresets[2].rules.onboarding")
			.entity(Map.class)
			.isEqualTo(Map.ofEntries(Map.entry("fileWithinWorkingDays", 2), Map.entry("callWithinDaysOfFile", 1),
					Map.entry("consultantWithinHours", 24), Map.entry("notifyHoursBeforeFirstLesson", 24),
					Map.entry("followUpCallOnFirstLessonDay", true), Map.entry("learningPlanAfterWeeks", 3),
					Map.entry("tutoringPlanInWeek", 4), Map.entry("tutoringPlanAfterLessons", 20),
					Map.entry("weeklyFollowUpsForMonths", 2), Map.entry("followUpsPerFortnightMin", 1),
					Map.entry("followUpsPerFortnightMax", 2), Map.entry("scoresWithinDays", 7),
					Map.entry("growthRecordsPerMonth", 1)));
		presets.path("policyPresets[2].rules.homeroom").valueIsNull();

		TestSchool centre = school(PolicyPreset.TUTORING, 3, 0);
		centre.homeVisits(centre.homeroom, 1, d(2026, 3, 2));
		var march = report(centre.homeroom.username(), teacherScope(centre.homeroom.id()), month("2026-03"));
		assertFigures(march, TEACHER, "homeVisits", 1, "homeVisitQuota", null, "contactQuota", null,
				"homeVisitsBelowQuota", false);
	}

	@Test
	void aPolicyChangeInAprilLeavesTheMarchReportUnchanged() {
		TestSchool school = school(PolicyPreset.PRIMARY, 12, 0);
		school.homeVisits(school.homeroom, 9, d(2026, 3, 2));
		school.homeVisits(school.homeroom, 10, d(2026, 4, 7));
		String principal = school.principal.username();
		Map<String, Object> scope = teacherScope(school.homeroom.id());
		GraphQlTester.Response before = report(principal, scope, month("2026-03"));
		List<?> marchBefore = before.path("complianceReport.teachers").entityList(Object.class).get();
		before.path("complianceReport.policy.version").entity(Integer.class).isEqualTo(1);

		// The version the principal stored in April, effective from 1 April (as it was
		// then).
		this.mongo.insert(new PolicyVersion("pol_" + school.prefix + "_april", school.id, 2, d(2026, 4, 1),
				PolicyPreset.PRIMARY, QuotasTest.withHomeroomPerMonth(12), Instant.parse("2026-04-01T01:00:00Z"),
				school.principal.id(), "每月家访提高到 12 次"));

		GraphQlTester.Response after = report(principal, scope, month("2026-03"));
		assertThat(after.path("complianceReport.teachers").entityList(Object.class).get()).isEqualTo(marchBefore);
		after.path("complianceReport.policy.version").entity(Integer.class).isEqualTo(1);
		after.path("complianceReport.teachers[0].homeVisitPercent").entity(Double.class).isEqualTo(90.0);
		var april = report(principal, scope, month("2026-04"));
		april.path("complianceReport.policy.version").entity(Integer.class).isEqualTo(2);
		april.path("complianceReport.teachers[0].homeVisitQuota").entity(Integer.class).isEqualTo(12);

		// Today a change can only start today or later, so no past month moves; it is
		// audited.
		var tooEarly = as(principal).document(
				"""
						mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { policy { version } errors { code field } } }""")
			.variable("input", input("preset", "PRIMARY", "effectiveFrom", "2026-04-01"))
			.execute();
		tooEarly.path("updatePolicy.errors[0].code").entity(String.class).isEqualTo("TOO_OLD");
		String tomorrow = LocalDate.now(TestSchool.SHANGHAI).plusDays(1).toString();
		var stored = as(principal)
			.document(
					"""
							mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) {
							  policy { version effectiveFrom basedOn changedBy { id } differencesFromPreset { path preset current } }
							  errors { code } } }""")
			.variable("input",
					input("preset", "PRIMARY", "effectiveFrom", tomorrow, "note", "家访提高到 11 次", "rules",
							Map.of("contactsPerTeacherPerMonth", 8, "homeroom",
									Map.of("perMonth", 11, "winterBreak", 6, "everyStudentPerSchoolYear", true,
											"newClassEveryStudentInSummer", true))))
			.execute();
		stored.path("updatePolicy.errors").entityList(Object.class).hasSize(0);
		stored.path("updatePolicy.policy.version").entity(Integer.class).isEqualTo(3);
		stored.path("updatePolicy.policy.changedBy.id").entity(String.class).isEqualTo(school.principal.id());
		stored.path("updatePolicy.policy.differencesFromPreset[?(@.path == 'homeroom.perMonth')].current")
			.entityList(String.class)
			.containsExactly("11");
		assertThat(report(principal, scope, month("2026-03")).path("complianceReport.teachers")
			.entityList(Object.class)
			.get()).isEqualTo(marchBefore);
		this.audit.flush();
		assertThat(this.mongo.exists(query(where("schoolId").is(school.id).and("operation").is("updatePolicy")),
				"audit_events"))
			.isTrue();
		as(principal).document("{ policyVersions { version effectiveFrom } }")
			.execute()
			.path("policyVersions[*].version")
			.entityList(Integer.class)
			.containsExactly(3, 2, 1);
	}

	/**
	 * A contact the homeroom teacher recorded with a student's family, at a local time.
	 */
	private static void homeroomContact(TestSchool school, int student, ContactForm form, ContactKind kind, String at) {
		school.contact(school.homeroom, student, form, kind, LocalDateTime.parse(at));
	}

}
