package org.jiaxiao.bench.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.report.ComplianceReport.ClassCompliance;
import org.jiaxiao.report.ComplianceReport.ClassMeetingFigures;
import org.jiaxiao.report.ComplianceReport.ImmediateVisits;
import org.jiaxiao.report.ComplianceReport.MeetingQuotaFigures;
import org.jiaxiao.report.ComplianceReport.MonthFigures;
import org.jiaxiao.report.ComplianceReport.TeacherCompliance;
import org.jiaxiao.report.ComplianceReport;

/**
 * The compliance report as the SPA's {@code ComplianceReport} operation selects it, field
 * by field in the document's order, so the REST baseline answers the same JSON.
 */
final class ComplianceJson {

	private ComplianceJson() {
	}

	/**
	 * @param report the report
	 * @param notVisited a class's page of students not yet visited (the document asks for
	 * the first 20)
	 */
	static Map<String, Object> report(ComplianceReport report,
			Function<ClassCompliance, Connection<Student>> notVisited) {
		Map<String, Object> json = new LinkedHashMap<>();
		Map<String, Object> period = new LinkedHashMap<>();
		period.put("kind", report.period().kind().name());
		period.put("label", report.period().label());
		period.put("from", report.period().from().toString());
		period.put("to", report.period().to().toString());
		period.put("schoolYear", report.period().schoolYear());
		json.put("period", period);
		Map<String, Object> policy = new LinkedHashMap<>();
		policy.put("version", report.policy().version());
		policy.put("effectiveFrom", report.policy().effectiveFrom().toString());
		policy.put("basedOn", report.policy().basedOn().name());
		json.put("policy", policy);
		json.put("teachers", report.teachers().stream().map(ComplianceJson::teacher).toList());
		List<Map<String, Object>> classes = new ArrayList<>();
		for (ClassCompliance coverage : report.classes()) {
			classes.add(schoolClass(coverage, notVisited.apply(coverage)));
		}
		json.put("classes", classes);
		json.put("immediateVisits", immediate(report.immediateVisits()));
		json.put("overdueObligations", report.overdueObligations());
		json.put("trend", report.trend().stream().map(ComplianceJson::month).toList());
		return json;
	}

	private static Map<String, Object> teacher(TeacherCompliance t) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("teacher", BenchJson.staff(t.teacher()));
		json.put("role", t.role().name());
		json.put("familiesContacted", t.familiesContacted());
		json.put("contacts", t.contacts());
		json.put("contactQuota", t.contactQuota());
		json.put("contactPercent", t.contactPercent());
		json.put("contactsBelowQuota", t.contactsBelowQuota());
		json.put("homeVisits", t.homeVisits());
		json.put("homeVisitQuota", t.homeVisitQuota());
		json.put("homeVisitPercent", t.homeVisitPercent());
		json.put("homeVisitsBelowQuota", t.homeVisitsBelowQuota());
		json.put("overdueObligations", t.overdueObligations());
		return json;
	}

	private static Map<String, Object> schoolClass(ClassCompliance c, Connection<Student> notVisited) {
		Map<String, Object> json = new LinkedHashMap<>();
		Map<String, Object> schoolClass = new LinkedHashMap<>();
		schoolClass.put("id", c.schoolClass().id());
		schoolClass.put("name", c.schoolClass().name());
		schoolClass.put("grade", c.schoolClass().grade());
		json.put("class", schoolClass);
		json.put("students", c.students());
		json.put("visited", c.visited());
		json.put("coveragePercent", c.coveragePercent());
		json.put("everyStudentRequired", c.everyStudentRequired());
		json.put("notVisitedStudentIds", c.notVisitedStudentIds());
		List<Map<String, Object>> edges = new ArrayList<>();
		for (Connection.Edge<Student> edge : notVisited.edges()) {
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("id", edge.node().id());
			node.put("name", edge.node().name());
			node.put("studentNo", edge.node().studentNo());
			edges.add(Map.of("node", node));
		}
		json.put("notVisited", Map.of("edges", edges));
		json.put("focusStudents", c.focusStudents());
		json.put("focusWithExtraVisits", c.focusWithExtraVisits());
		json.put("focusVisitedInWinterBreak", c.focusVisitedInWinterBreak());
		json.put("families", c.families());
		json.put("faceToFaceFamilies", c.faceToFaceFamilies());
		json.put("faceToFacePercent", c.faceToFacePercent());
		json.put("faceToFaceQuotaPercent", c.faceToFaceQuotaPercent());
		json.put("faceToFaceBelowQuota", c.faceToFaceBelowQuota());
		json.put("overdueObligations", c.overdueObligations());
		json.put("meetings", (c.meetings() != null) ? meetings(c.meetings()) : null);
		return json;
	}

	private static Map<String, Object> meetings(ClassMeetingFigures m) {
		Map<String, Object> term = new LinkedHashMap<>();
		term.put("name", m.term().name());
		term.put("start", m.term().start().toString());
		term.put("end", m.term().end().toString());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("term", term);
		json.put("countedTo", m.countedTo().toString());
		json.put("parentMeetings", quota(m.parentMeetings()));
		json.put("committeeMeetings", quota(m.committeeMeetings()));
		return json;
	}

	private static Map<String, Object> quota(MeetingQuotaFigures q) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("held", q.held());
		json.put("quota", q.quota());
		json.put("percent", q.percent());
		json.put("shortAtTermEnd", q.shortAtTermEnd());
		return json;
	}

	private static Map<String, Object> immediate(ImmediateVisits v) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("total", v.total());
		json.put("onTime", v.onTime());
		json.put("late", v.late());
		json.put("pending", v.pending());
		json.put("missed", v.missed());
		json.put("waived", v.waived());
		json.put("onTimePercent", v.onTimePercent());
		return json;
	}

	private static Map<String, Object> month(MonthFigures m) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("month", m.month());
		json.put("familiesContacted", m.familiesContacted());
		json.put("homeVisits", m.homeVisits());
		json.put("contactQuota", m.contactQuota());
		json.put("homeVisitQuota", m.homeVisitQuota());
		return json;
	}

}
