package org.jiaxiao.report.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.DirectoryLoaders;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;
import org.jiaxiao.report.ComplianceReport.ClassCompliance;
import org.jiaxiao.report.ComplianceReport;
import org.jiaxiao.report.ComplianceReports;
import org.jiaxiao.report.ReportInputs.PeriodInput;
import org.jiaxiao.report.ReportInputs.ScopeInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Compliance reports, and the students a class has not visited yet, a page at a time. */
@Controller
class ComplianceReportController {

	private static final String NOT_VISITED = "notVisited";

	private final ComplianceReports reports;

	ComplianceReportController(ComplianceReports reports) {
		this.reports = reports;
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
	 * Pages over the ids the report found, loading each page through the caller's scope;
	 * the pages of all the report's classes are loaded together
	 * ({@link DirectoryLoaders#VISIBLE_STUDENTS}).
	 */
	@SchemaMapping(typeName = "ClassCompliance")
	CompletableFuture<Connection<Student>> notVisited(ClassCompliance coverage, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataLoader<String, Student> visibleStudentsById) {
		int size = Cursors.pageSize(first);
		List<String> position = Cursors.decode(NOT_VISITED, after, 1);
		int offset = position.isEmpty() ? 0 : coverage.notVisitedStudentIds().indexOf(position.get(0)) + 1;
		List<String> ids = coverage.notVisitedStudentIds();
		List<String> page = ids.subList(Math.min(offset, ids.size()), Math.min(offset + size + 1, ids.size()));
		return visibleStudentsById.loadMany(page).thenApply((students) -> {
			List<Student> rows = students.stream().filter(Objects::nonNull).toList();
			return Connection.forward(rows, size, (student) -> Cursors.encode(NOT_VISITED, student.id()));
		});
	}

}
