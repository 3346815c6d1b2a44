package org.jiaxiao.meeting;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.UserError;

/**
 * What recording a meeting gave: the meeting, or why it was refused.
 *
 * @param meeting the meeting, null when refused
 * @param errors why it was refused
 */
public record MeetingResult(@Nullable Meeting meeting, List<UserError> errors) {

	static MeetingResult recorded(Meeting meeting) {
		return new MeetingResult(meeting, List.of());
	}

	static MeetingResult failed(List<UserError> errors) {
		return new MeetingResult(null, errors);
	}

}
