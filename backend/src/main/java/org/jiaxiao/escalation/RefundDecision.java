package org.jiaxiao.escalation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A decision on a refund: finance's review or the president's approval.
 *
 * @param byId who decided
 * @param at when
 * @param approved approved or refused
 * @param note why, or conditions
 */
public record RefundDecision(String byId, Instant at, boolean approved, @Nullable String note) {
}
