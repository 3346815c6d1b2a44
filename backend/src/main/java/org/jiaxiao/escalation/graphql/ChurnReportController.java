package org.jiaxiao.escalation.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.School;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.graphql.StaffBatch;
import org.jiaxiao.escalation.ChurnReport;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The campus and the learning manager of the churn report's groups, batched. */
@Controller
class ChurnReportController {

	private final DirectoryService directory;

	ChurnReportController(DirectoryService directory) {
		this.directory = directory;
	}

	@BatchMapping(typeName = "ChurnGroup")
	Map<ChurnReport.Group, School> school(List<ChurnReport.Group> groups) {
		Map<String, School> schools = EscalationFieldsController.byId(
				this.directory.schoolsByIds(groups.stream().map(ChurnReport.Group::schoolId).distinct().toList()),
				School::id);
		return groups.stream()
			.filter((group) -> schools.containsKey(group.schoolId()))
			.collect(Collectors.toMap(Function.identity(), (group) -> schools.get(group.schoolId()), (a, b) -> a));
	}

	@BatchMapping(typeName = "ChurnGroup")
	Map<ChurnReport.Group, StaffMember> learningManager(List<ChurnReport.Group> groups) {
		return StaffBatch.of(this.directory, groups, ChurnReport.Group::learningManagerId);
	}

}
