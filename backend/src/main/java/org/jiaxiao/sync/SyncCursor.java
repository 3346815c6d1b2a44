package org.jiaxiao.sync;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.BadRequestException;

/**
 * Where a sync client stands: in the snapshot (a student and how many of its items were
 * sent, and the log position the snapshot started at) or in the log (the position read up
 * to). It also remembers the classes the client could see, so a change of scope is
 * noticed: classes lost give tombstones, classes gained a snapshot of their own. Clients
 * get it signed and bound to them ({@link SignedSyncCursors}): the class list in it is
 * trusted only because nobody else can have written it.
 *
 * @param schoolId the school the cursor belongs to
 * @param snapshot true while in the snapshot
 * @param position the log position (the snapshot's start while in the snapshot)
 * @param studentId the snapshot's current student ("" before the first)
 * @param sent how many of that student's items were sent
 * @param snapshotClasses the classes the snapshot covers; null for the whole scope
 * @param scopeClasses the classes the client could see
 */
record SyncCursor(String schoolId, boolean snapshot, long position, String studentId, int sent,
		@Nullable List<String> snapshotClasses, List<String> scopeClasses) {

	private static final String ALL = "*";

	static SyncCursor startSnapshot(String schoolId, long position, @Nullable List<String> classes,
			List<String> scopeClasses) {
		return new SyncCursor(schoolId, true, position, "", 0, classes, scopeClasses);
	}

	static SyncCursor inLog(String schoolId, long position, List<String> scopeClasses) {
		return new SyncCursor(schoolId, false, position, "", 0, null, scopeClasses);
	}

	/** The values a cursor carries, in order (see {@link SignedSyncCursors}). */
	List<String> values() {
		return List.of(this.schoolId, this.snapshot ? "S" : "L", String.valueOf(this.position), this.studentId,
				String.valueOf(this.sent),
				(this.snapshotClasses != null) ? String.join(",", this.snapshotClasses) : ALL,
				String.join(",", this.scopeClasses));
	}

	/**
	 * The cursor these values describe.
	 * @throws BadRequestException when a number is not one
	 */
	static SyncCursor of(List<String> values) {
		try {
			String classes = values.get(5);
			return new SyncCursor(values.get(0), "S".equals(values.get(1)), Long.parseLong(values.get(2)),
					values.get(3), Integer.parseInt(values.get(4)), ALL.equals(classes) ? null : split(classes),
					split(values.get(6)));
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("The cursor is not valid for this list.");
		}
	}

	private static List<String> split(String values) {
		return values.isEmpty() ? List.of() : Arrays.asList(values.split(","));
	}

}
