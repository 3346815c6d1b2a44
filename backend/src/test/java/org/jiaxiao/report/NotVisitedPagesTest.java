package org.jiaxiao.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.CommandCounting.Commands;
import org.jiaxiao.support.CommandCounting.CountCommands;
import org.jiaxiao.support.ComplianceApiTest;
import org.jiaxiao.support.TestSchool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report lists, per class, the students not visited yet, a page each. The pages of all
 * the report's classes are read in one query, not one per class, and still only through
 * the caller's scope.
 */
@Import(CountCommands.class)
@TestPropertySource(properties = "jiaxiao.compliance.sweep.enabled=false")
class NotVisitedPagesTest extends ComplianceApiTest {

	private final Map<String, Object> thisMonth = month(YearMonth.now(TestSchool.SHANGHAI).toString());

	@Autowired
	private Commands commands;

	@Test
	void theSchoolsClassesLoadTheirPagesInOneRead() {
		report("principal", Map.of("schoolId", "sch_demo"), this.thisMonth);
		this.commands.clear();
		GraphQlTester.Response report = report("principal", Map.of("schoolId", "sch_demo"), this.thisMonth);
		List<String> sent = this.commands.sent();

		List<ClassRows> classes = classRows(report);
		assertThat(classes).hasSizeGreaterThan(1);
		classes.forEach(ClassRows::listsOnlyItsOwn);
		assertThat(classes.stream().mapToInt((rows) -> rows.listed().size()).sum()).isPositive();
		assertThat(sent.stream().filter("find students"::equals)).as("student reads for %s classes", classes.size())
			.hasSize(1);
	}

	@Test
	void aGradeLeadersPagesHoldOnlyTheirGrade() {
		GraphQlTester.Response report = report("grade-leader", Map.of("grade", 1), this.thisMonth);
		List<ClassRows> classes = classRows(report);
		classes.forEach(ClassRows::listsOnlyItsOwn);
		assertThat(classes.stream().mapToInt((rows) -> rows.listed().size()).sum()).isPositive();
		report.path("complianceReport.scope.kind").entity(String.class).isEqualTo("GRADE");
	}

	private static List<ClassRows> classRows(GraphQlTester.Response report) {
		int count = report.path("complianceReport.classes").entityList(Object.class).get().size();
		return IntStream.range(0, count).mapToObj((i) -> {
			String at = "complianceReport.classes[" + i + "].";
			return new ClassRows(report.path(at + "notVisitedStudentIds").entityList(String.class).get(),
					report.path(at + "notVisited.edges[*].node.id").entityList(String.class).get());
		}).toList();
	}

	/** A class's page lists, in order, the first of the ids the report found for it. */
	private record ClassRows(List<String> notVisited, List<String> listed) {

		void listsOnlyItsOwn() {
			assertThat(this.listed).isEqualTo(this.notVisited.subList(0, this.listed.size()));
		}

	}

}
