package org.jiaxiao.meeting;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A meeting to record, as the client sends it.
 *
 * @param classId the class that held it
 * @param kind what kind of meeting
 * @param heldOn the day it was held
 * @param topic what it was about
 * @param minutes the minutes
 * @param resolutions resolutions taken
 * @param attendeeCount people present
 * @param idempotencyKey retry key
 */
public record RecordMeetingInput(String classId, MeetingKind kind, LocalDate heldOn, String topic,
		@Nullable String minutes, @Nullable List<String> resolutions, @Nullable Integer attendeeCount,
		@Nullable String idempotencyKey) {

	/** The resolutions with blank ones dropped and each stripped. */
	List<String> cleanResolutions() {
		return (this.resolutions != null)
				? this.resolutions.stream().map(String::strip).filter((text) -> !text.isEmpty()).toList() : List.of();
	}

	/** A canonical text of the input, for the idempotency key's request hash. */
	String canonical() {
		return String.join("|", "meeting", this.classId, this.kind.name(), this.heldOn.toString(), this.topic,
				String.valueOf(this.minutes), String.join("\u001f", cleanResolutions()),
				String.valueOf(this.attendeeCount));
	}

}
