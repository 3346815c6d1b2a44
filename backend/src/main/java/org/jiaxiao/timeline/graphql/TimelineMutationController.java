package org.jiaxiao.timeline.graphql;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.timeline.AddNoteInput;
import org.jiaxiao.timeline.AmendContactInput;
import org.jiaxiao.timeline.ContactEditor;
import org.jiaxiao.timeline.ContactRecorder;
import org.jiaxiao.timeline.ContactResult;
import org.jiaxiao.timeline.EntryRecorder;
import org.jiaxiao.timeline.EntryResult;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.Note;
import org.jiaxiao.timeline.RecordContactInput;
import org.jiaxiao.timeline.RecordIncidentInput;
import org.jiaxiao.timeline.TimelineService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Writing the timeline: contacts, amendments, withdrawals, incidents, notes, archiving.
 */
@Controller
class TimelineMutationController {

	private final ContactRecorder recorder;

	private final ContactEditor editor;

	private final EntryRecorder entries;

	private final TimelineService timeline;

	private final Clock clock;

	TimelineMutationController(ContactRecorder recorder, ContactEditor editor, EntryRecorder entries,
			TimelineService timeline, Clock clock) {
		this.recorder = recorder;
		this.editor = editor;
		this.entries = entries;
		this.timeline = timeline;
		this.clock = clock;
	}

	@MutationMapping
	ContactResult recordContact(@Argument RecordContactInput input, Principal principal) {
		return this.recorder.record(Viewers.require(principal), input);
	}

	@MutationMapping
	ContactResult amendContact(@Argument AmendContactInput input, Principal principal) {
		return this.editor.amend(Viewers.require(principal), input);
	}

	@MutationMapping
	ContactResult retractContact(@Argument RetractContactInput input, Principal principal) {
		return this.editor.retract(Viewers.require(principal), input.contactId(), input.reason(),
				input.idempotencyKey());
	}

	@MutationMapping
	IncidentPayload recordIncident(@Argument RecordIncidentInput input, Principal principal) {
		EntryResult<Incident> result = this.entries.recordIncident(Viewers.require(principal), input);
		return new IncidentPayload(result.entry(), result.errors());
	}

	@MutationMapping
	NotePayload addNote(@Argument AddNoteInput input, Principal principal) {
		EntryResult<Note> result = this.entries.addNote(Viewers.require(principal), input);
		return new NotePayload(result.entry(), result.errors());
	}

	@MutationMapping
	ArchivePayload archiveClosedSchoolYears(@Argument @Nullable ArchiveInput input, Principal principal) {
		StaffMember viewer = Viewers.require(principal);
		if (!viewer.hasRole(StaffRole.PRINCIPAL)) {
			throw new ForbiddenException("Only the principal closes school years.");
		}
		return new ArchivePayload(this.timeline.archiveClosedYears(viewer, this.clock.instant()), List.of());
	}

	/**
	 * A withdrawal request.
	 *
	 * @param contactId the contact
	 * @param reason why
	 * @param idempotencyKey retry key: the same key with other input is refused
	 */
	record RetractContactInput(String contactId, String reason, @Nullable String idempotencyKey) {
	}

	/**
	 * The payload of {@code recordIncident}.
	 *
	 * @param incident the incident, null when refused
	 * @param errors why it was refused
	 */
	record IncidentPayload(@Nullable Incident incident, List<UserError> errors) {
	}

	/**
	 * The payload of {@code addNote}.
	 *
	 * @param note the note, null when refused
	 * @param errors why it was refused
	 */
	record NotePayload(@Nullable Note note, List<UserError> errors) {
	}

	/**
	 * The optional input of {@code archiveClosedSchoolYears}.
	 *
	 * @param idempotencyKey accepted: archiving is idempotent (a retry moves nothing
	 * more)
	 */
	record ArchiveInput(@Nullable String idempotencyKey) {
	}

	/**
	 * The payload of {@code archiveClosedSchoolYears}.
	 *
	 * @param studentsArchived students whose entries moved
	 * @param errors why it was refused
	 */
	record ArchivePayload(int studentsArchived, List<UserError> errors) {
	}

}
