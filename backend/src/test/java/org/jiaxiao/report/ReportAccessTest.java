package org.jiaxiao.report;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ComplianceApiTest;
import org.jiaxiao.support.TestSchool;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_2;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_2_1;

/**
 * Who may read which compliance figures of the demo school: the principal and 德育处 the
 * school, the grade leader their grade, the homeroom teacher their class, every teacher
 * themselves; and what a report of the demo school holds.
 */
class ReportAccessTest extends ComplianceApiTest {

	private static final String DEMO = "sch_demo";

	private final Map<String, Object> thisMonth = month(YearMonth.now(TestSchool.SHANGHAI).toString());

	@Test
	void principalAndMoralEducationSeeTheWholeSchool() {
		for (String user : new String[] { "principal", "deyu" }) {
			allowed(user, Map.of("schoolId", DEMO));
			allowed(user, Map.of("grade", 2));
			allowed(user, classScope(CLASS_2_1));
			allowed(user, teacherScope("stf_subject"));
		}
		forbidden("principal", Map.of("schoolId", "sch_other"));
	}

	@Test
	void aGradeLeaderSeesTheirGradeItsClassesAndItsTeachers() {
		allowed("grade-leader", Map.of("grade", 1));
		allowed("grade-leader", classScope(CLASS_1_2));
		allowed("grade-leader", teacherScope("stf_homeroom"));
		forbidden("grade-leader", Map.of("grade", 2));
		forbidden("grade-leader", classScope(CLASS_2_1));
		forbidden("grade-leader", Map.of("schoolId", DEMO));
	}

	@Test
	void aHomeroomTeacherSeesTheirClassAndThemselvesOnly() {
		var own = allowed("homeroom", classScope(CLASS_1_1));
		own.path("complianceReport.classes[*].class.id").entityList(String.class).containsExactly(CLASS_1_1);
		allowed("homeroom", teacherScope("stf_homeroom"));
		forbidden("homeroom", classScope(CLASS_1_2));
		forbidden("homeroom", teacherScope("stf_subject"));
		forbidden("homeroom", Map.of("grade", 1));
	}

	@Test
	void aSubjectTeacherSeesThemselvesOnlyAndAnAnalystNothing() {
		var self = allowed("subject", teacherScope("stf_subject"));
		self.path("complianceReport.teachers[*].teacher.id").entityList(String.class).containsExactly("stf_subject");
		self.path("complianceReport.classes").entityList(Object.class).hasSize(0);
		forbidden("subject", classScope(CLASS_1_1));
		forbidden("subject", teacherScope("stf_homeroom"));
		forbidden("analyst", teacherScope("stf_analyst"));
		forbidden("analyst", Map.of("schoolId", DEMO));
	}

	@Test
	void aScopeAndAPeriodMustBeSaidOneWay() {
		badRequest(Map.of("grade", 1, "classId", CLASS_1_1), this.thisMonth);
		badRequest(Map.of("grade", 1), Map.of("month", "2026-13"));
		badRequest(Map.of("grade", 1), Map.of("month", "2026-03", "schoolYear", 2025));
		badRequest(Map.of("grade", 1), Map.of("term", Map.of("schoolYear", 2025, "number", 3)));
		badRequest(Map.of("grade", 1), Map.of("from", "2026-03-01"));
		badRequest(Map.of("grade", 1), Map.of("from", "2026-03-01", "to", "2025-03-01"));
	}

	@Test
	void theDemoSchoolsReportCoversEveryClassAndTeacherAndEachMonthOfTheYear() {
		var report = report("principal", Map.of("schoolId", DEMO), Map.of("schoolYear", 2026));
		report.path("complianceReport.scope.kind").entity(String.class).isEqualTo("SCHOOL");
		report.path("complianceReport.period.from").entity(String.class).isEqualTo("2026-09-01");
		report.path("complianceReport.policy.rules.homeroom.perMonth").entity(Integer.class).isEqualTo(10);
		report.path("complianceReport.trend[*].month").entityList(String.class).hasSize(12);
		int classes = as("principal").document("{ viewer { classes { id } } }")
			.execute()
			.path("viewer.classes")
			.entityList(Object.class)
			.get()
			.size();
		report.path("complianceReport.classes").entityList(Object.class).hasSize(classes);
		assertThat(report.path("complianceReport.teachers").entityList(Object.class).get().size())
			.isGreaterThan(classes);
		// The demo history counts: some visits and contacts since 1 September.
		assertThat(report.path("complianceReport.trend[*].familiesContacted")
			.entityList(Integer.class)
			.get()
			.stream()
			.mapToInt(Integer::intValue)
			.sum()).isPositive();
		var term = report("principal", Map.of("grade", 1), Map.of("term", Map.of("schoolYear", 2025, "number", 2)));
		term.path("complianceReport.period.from").entity(String.class).isEqualTo("2026-02-24");
		term.path("complianceReport.period.to").entity(String.class).isEqualTo("2026-07-03");
	}

	private GraphQlTester.Response allowed(String user, Map<String, Object> scope) {
		GraphQlTester.Response response = report(user, scope, this.thisMonth);
		response.path("complianceReport.scope.kind").hasValue();
		return response;
	}

	private void forbidden(String user, Map<String, Object> scope) {
		report(user, scope, this.thisMonth).errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify();
	}

	private void badRequest(Map<String, Object> scope, Map<String, Object> period) {
		report("principal", scope, period).errors()
			.expect((error) -> "BAD_REQUEST".equals(String.valueOf(error.getErrorType())))
			.verify();
	}

}
