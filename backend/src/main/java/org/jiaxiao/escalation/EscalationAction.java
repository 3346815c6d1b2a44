package org.jiaxiao.escalation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Something done during a step.
 *
 * @param at when
 * @param byId who
 * @param text what was done and with what result
 */
public record EscalationAction(Instant at, @Nullable String byId, String text) {
}
