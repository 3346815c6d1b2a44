package org.jiaxiao.platform.audit;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Conditions on the audit trail; all given ones must hold.
 *
 * @param actorId only this staff member's actions
 * @param studentId only events concerning this student
 * @param householdId only events concerning this household
 * @param from not before
 * @param to before
 */
public record AuditFilter(@Nullable String actorId, @Nullable String studentId, @Nullable String householdId,
		@Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {

	public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

}
