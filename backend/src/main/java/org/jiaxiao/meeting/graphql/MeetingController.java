package org.jiaxiao.meeting.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.graphql.StaffBatch;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.meeting.Meeting;
import org.jiaxiao.meeting.MeetingResult;
import org.jiaxiao.meeting.MeetingService;
import org.jiaxiao.meeting.RecordMeetingInput;
import org.jiaxiao.platform.graphql.UserError;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Recording a class's meeting, and a meeting's class and author (batched: a page of
 * meetings costs one query per field).
 */
@Controller
class MeetingController {

	private final MeetingService meetings;

	private final DirectoryService directory;

	MeetingController(MeetingService meetings, DirectoryService directory) {
		this.meetings = meetings;
		this.directory = directory;
	}

	@MutationMapping
	RecordMeetingPayload recordMeeting(@Argument RecordMeetingInput input, Principal principal) {
		MeetingResult result = this.meetings.record(Viewers.require(principal), input);
		return new RecordMeetingPayload(result.meeting(), result.errors());
	}

	@BatchMapping(typeName = "Meeting")
	Map<Meeting, StaffMember> recordedBy(List<Meeting> meetings) {
		return StaffBatch.of(this.directory, meetings, Meeting::recordedById);
	}

	/** The class, when the caller sees it (a meeting reached by id already did). */
	@BatchMapping(typeName = "Meeting", field = "class")
	Map<Meeting, SchoolClass> schoolClass(List<Meeting> meetings, Principal principal) {
		Map<String, SchoolClass> visible = this.directory.visibleClasses(Viewers.require(principal))
			.stream()
			.collect(Collectors.toMap(SchoolClass::id, Function.identity()));
		return meetings.stream()
			.filter((meeting) -> visible.containsKey(meeting.classId()))
			.collect(Collectors.toMap(Function.identity(), (meeting) -> visible.get(meeting.classId()), (a, b) -> a));
	}

	/**
	 * The result of {@code recordMeeting}.
	 *
	 * @param meeting the meeting, null when refused
	 * @param errors why it was refused
	 */
	record RecordMeetingPayload(@Nullable Meeting meeting, List<UserError> errors) {
	}

}
