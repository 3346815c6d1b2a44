package org.jiaxiao.policy;

/**
 * The immediate visit (立即家访) an incident calls for.
 *
 * @param deadlineHours hours after the incident is recorded within which the homeroom
 * teacher must have contacted the family
 * @param illnessAbsenceMoreThanDays an illness absence calls for a visit only when longer
 * than this
 */
public record ImmediateVisitRules(int deadlineHours, int illnessAbsenceMoreThanDays) {
}
