package org.jiaxiao.compliance.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.compliance.ComplianceReport;
import org.jiaxiao.compliance.ComplianceReport.ClassCompliance;
import org.jiaxiao.compliance.ComplianceReports;
import org.jiaxiao.compliance.ReportInputs.PeriodInput;
import org.jiaxiao.compliance.ReportInputs.ScopeInput;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Compliance reports, and the students a class has not visited yet, a page at a time. */
@Controller
class ComplianceReportController {

	private static final String NOT_VISITED = "notVisited";

	private final ComplianceReports reports;

	private final DirectoryService directory;

	ComplianceReportController(ComplianceReports reports, DirectoryService directory) {
		this.reports = reports;
		this.directory = directory;
	}

	@QueryMapping
	ComplianceReport complianceReport(@Argument ScopeInput scope, @Argument PeriodInput period, Principal principal) {
		return this.reports.report(Viewers.require(principal), scope, period);
	}

	@SchemaMapping(typeName = "ComplianceScope", field = "class")
	@Nullable SchoolClass scopeClass(ComplianceReport.Scope scope) {
		return scope.schoolClass();
	}

	@SchemaMapping(typeName = "ClassCompliance", field = "class")
	SchoolClass coverageClass(ClassCompliance coverage) {
		return coverage.schoolClass();
	}

	/**
	 * Pages over the ids the report found, loading each page through the caller's scope.
	 */
	@SchemaMapping(typeName = "ClassCompliance")
	Connection<Student> notVisited(ClassCompliance coverage, @Argument @Nullable Integer first,
			@Argument @Nullable String after, Principal principal) {
		int size = Cursors.pageSize(first);
		List<String> position = Cursors.decode(NOT_VISITED, after, 1);
		int offset = position.isEmpty() ? 0 : coverage.notVisitedStudentIds().indexOf(position.get(0)) + 1;
		List<String> ids = coverage.notVisitedStudentIds();
		List<String> page = ids.subList(Math.min(offset, ids.size()), Math.min(offset + size + 1, ids.size()));
		Map<String, Student> visible = this.directory.visibleStudents(Viewers.require(principal), page)
			.stream()
			.collect(Collectors.toMap(Student::id, Function.identity()));
		List<Student> rows = page.stream().filter(visible::containsKey).map(visible::get).toList();
		return Connection.forward(rows, size, (student) -> Cursors.encode(NOT_VISITED, student.id()));
	}

}
