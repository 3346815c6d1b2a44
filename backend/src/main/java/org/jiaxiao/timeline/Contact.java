package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.TypeAlias;

/**
 * A contact with a family (家校联系记录). Siblings share one contact: the same record, with the
 * same id, is embedded in each child's timeline.
 *
 * @param id opaque id ({@code con_…})
 * @param occurredAt when it took place
 * @param recordedAt when it was written down
 * @param authorId the staff member who recorded it
 * @param form how the school and family met
 * @param kind why it happened
 * @param summary what was said and agreed
 * @param guardiansMet guardians taking part
 * @param studentIds the students concerned
 * @param householdId their household
 */
@TypeAlias("contact")
public record Contact(@Id String id, Instant occurredAt, Instant recordedAt, String authorId, ContactForm form,
		ContactKind kind, String summary, List<GuardianMet> guardiansMet, List<String> studentIds,
		String householdId) implements TimelineEntry {
}
