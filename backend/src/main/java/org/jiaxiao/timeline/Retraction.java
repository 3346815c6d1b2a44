package org.jiaxiao.timeline;

import java.time.Instant;

/**
 * Why and by whom an entry was withdrawn. Records are never deleted: a withdrawn entry
 * stays on the timeline, struck through, and no longer counts.
 *
 * @param at when
 * @param byId the staff member
 * @param reason why
 */
public record Retraction(Instant at, String byId, String reason) {
}
