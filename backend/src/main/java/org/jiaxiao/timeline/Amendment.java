package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.List;

/**
 * One amendment of a contact: who, when, and the changed fields' values before.
 *
 * @param at when
 * @param byId the staff member
 * @param previous the changed fields as they were
 */
public record Amendment(Instant at, String byId, List<FieldValue> previous) {
}
