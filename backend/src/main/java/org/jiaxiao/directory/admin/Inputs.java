package org.jiaxiao.directory.admin;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.ContactChannel;
import org.jiaxiao.directory.Gender;
import org.jiaxiao.directory.GuardianRelation;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.StudentStatus;

/** The inputs of the directory's mutations, as the schema names them. */
public final class Inputs {

	private Inputs() {
	}

	/** Adds a student (no id) or edits one (id and expected version). */
	public record SaveStudentInput(@Nullable String id, @Nullable Integer expectedVersion, @Nullable String studentNo,
			@Nullable String name, @Nullable Gender gender, @Nullable LocalDate dateOfBirth, @Nullable String classId,
			@Nullable String householdId, @Nullable String idempotencyKey) {
	}

	/** A household's address and guardians, replaced as a whole. */
	public record SaveHouseholdInput(String id, int expectedVersion, @Nullable String address,
			List<GuardianInput> guardians, @Nullable String idempotencyKey) {
	}

	/** A guardian: an id keeps an existing one, none adds one. */
	public record GuardianInput(@Nullable String id, @Nullable String name, GuardianRelation relation,
			@Nullable String phone, @Nullable ContactChannel preferredChannel) {
	}

	/** Adds a class (no id) or edits one. */
	public record SaveClassInput(@Nullable String id, @Nullable Integer expectedVersion, int grade,
			@Nullable String name, @Nullable String homeroomTeacherId, @Nullable String idempotencyKey) {
	}

	/** Adds a staff member (no id) or edits one; assignments are replaced as a whole. */
	public record SaveStaffMemberInput(@Nullable String id, @Nullable Integer expectedVersion, @Nullable String staffNo,
			@Nullable String username, @Nullable String displayName, @Nullable String mobile, List<StaffRole> roles,
			@Nullable List<Integer> gradesLed, @Nullable List<AssignmentInput> assignments,
			@Nullable String idempotencyKey) {
	}

	/** A class taught, from and until a day. */
	public record AssignmentInput(String classId, @Nullable String subject, boolean homeroom, @Nullable LocalDate from,
			@Nullable LocalDate until) {
	}

	/** Moves a student to another class from a day. */
	public record MoveStudentInput(String studentId, int expectedVersion, String classId, LocalDate on,
			@Nullable String idempotencyKey) {
	}

	/** Marks a student as left on a day, or back on the rolls (ACTIVE). */
	public record SetStudentStatusInput(String studentId, int expectedVersion, StudentStatus status, LocalDate on,
			@Nullable String idempotencyKey) {
	}

}
