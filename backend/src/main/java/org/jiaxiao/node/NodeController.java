package org.jiaxiao.node;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.escalation.EscalationService;
import org.jiaxiao.meeting.MeetingService;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.task.ObligationService;
import org.jiaxiao.timeline.TimelineService;
import org.jiaxiao.tutoring.Contracts;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id)}: the id's prefix names the kind of object, and each kind is fetched
 * through the same scoped lookup as its own query, so this path reveals nothing more.
 */
@Controller
class NodeController {

	private final DirectoryService directory;

	private final TimelineService timeline;

	private final ObligationService obligations;

	private final MeetingService meetings;

	private final Contracts contracts;

	private final EscalationService escalations;

	NodeController(DirectoryService directory, TimelineService timeline, ObligationService obligations,
			MeetingService meetings, Contracts contracts, EscalationService escalations) {
		this.directory = directory;
		this.timeline = timeline;
		this.obligations = obligations;
		this.meetings = meetings;
		this.contracts = contracts;
		this.escalations = escalations;
	}

	@QueryMapping
	@Nullable Object node(@Argument String id, Principal principal) {
		StaffMember viewer = Viewers.require(principal);
		return switch (Ids.prefixOf(id)) {
			case "stu" -> this.directory.visibleStudent(viewer, id).orElse(null);
			case "cls" -> this.directory.visibleClass(viewer, id).orElse(null);
			case "hh" -> this.directory.visibleHousehold(viewer, id).orElse(null);
			case "stf" -> this.directory.colleague(viewer, id).orElse(null);
			case "sch" -> viewer.schoolId().equals(id) ? this.directory.school(id) : null;
			case "con", "inc", "note", "esu" -> this.timeline.entry(viewer, id).orElse(null);
			case "esc" -> this.escalations.visible(viewer, id).orElse(null);
			case "obl" -> this.obligations.visible(viewer, List.of(id)).stream().findFirst().orElse(null);
			case "mtg" -> this.meetings.visible(viewer, id).orElse(null);
			case "ctr" -> this.contracts.visible(viewer, id).orElse(null);
			default -> null;
		};
	}

}
