package org.jiaxiao.escalation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An entry in an escalation's own audit: who did what when.
 *
 * @param at when
 * @param byId who (null for the system)
 * @param type what
 * @param stepKey the step concerned
 * @param note detail (the outcome, the next step's name…)
 * @param requestId the caller and idempotency key of the request that wrote it, so a
 * retried request recognises its own work
 */
public record EscalationEvent(Instant at, @Nullable String byId, EscalationEventType type, @Nullable String stepKey,
		@Nullable String note, @Nullable String requestId) {
}
