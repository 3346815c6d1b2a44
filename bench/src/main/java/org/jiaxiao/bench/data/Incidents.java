package org.jiaxiao.bench.data;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.bench.data.HistoryGenerator.StudentRef;
import org.jiaxiao.directory.Guardian;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactDetails;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;
import org.jiaxiao.timeline.GuardianMet;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.IncidentKind;

/**
 * Incidents of the current school year (an injury, a family event, truancy, a
 * disciplinary matter) for about one student in thirty, and the immediate visit the
 * homeroom teacher makes after most of them: within a day usually, later sometimes, never
 * for one in eight. That spread is what the report's immediate-visit figures count (on
 * time, late, missed, pending). The same for the same seed.
 */
final class Incidents {

	private static final int PERCENT_OF_STUDENTS = 3;

	private static final IncidentKind[] KINDS = { IncidentKind.INJURY, IncidentKind.FAMILY_EVENT, IncidentKind.TRUANCY,
			IncidentKind.DISCIPLINE };

	private final long seed;

	private final ZoneId zone;

	private final Instant now;

	Incidents(long seed, ZoneId zone, Instant now) {
		this.seed = seed;
		this.zone = zone;
		this.now = now;
	}

	/** The student's incident and its visit, if the student has one; else empty. */
	List<Event> of(StudentRef student, int schoolYear) {
		SplittableRandom random = new SplittableRandom(this.seed ^ ~student.id().hashCode() * 0xC2B2AE3D27D4EB4FL);
		Instant start = LocalDate.of(schoolYear, 9, 1).atStartOfDay(this.zone).toInstant();
		long days = Duration.between(start, this.now).toDays();
		if (random.nextInt(100) >= PERCENT_OF_STUDENTS || days < 1) {
			return List.of();
		}
		Instant occurredAt = LocalDate.of(schoolYear, 9, 1)
			.plusDays(random.nextLong(days))
			.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(4) * 15))
			.atZone(this.zone)
			.toInstant();
		Instant recordedAt = occurredAt.plus(Duration.ofMinutes(10 + random.nextInt(110)))
			.truncatedTo(ChronoUnit.MILLIS);
		if (!recordedAt.isBefore(this.now)) {
			return List.of();
		}
		IncidentKind kind = KINDS[random.nextInt(KINDS.length)];
		String key = student.id().substring("stu_".length()) + "_" + schoolYear;
		Incident incident = new Incident("inc_" + key, occurredAt, recordedAt, student.authorId(),
				List.of(student.id()), kind, ChineseText.summary(random, false), null, "班主任", null, null, null);
		List<Event> events = new ArrayList<>();
		events.add(new Event(recordedAt, incident));
		Contact visit = (random.nextInt(8) == 0) ? null : visit(random, student, recordedAt, key);
		if (visit != null) {
			events.add(new Event(visit.recordedAt(), visit));
		}
		return events;
	}

	/**
	 * A home visit 2–40 hours after the incident was recorded (none if still to come).
	 */
	private @Nullable Contact visit(SplittableRandom random, StudentRef student, Instant incidentRecorded, String key) {
		Instant occurredAt = incidentRecorded.plus(Duration.ofMinutes(120 + random.nextInt(38 * 60)))
			.truncatedTo(ChronoUnit.MINUTES);
		Instant recordedAt = occurredAt.plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MILLIS);
		if (!recordedAt.isBefore(this.now)) {
			return null;
		}
		Guardian guardian = student.household().guardians().get(0);
		return Contact.recorded("con_imm_" + key, occurredAt, recordedAt, student.authorId(), ContactForm.HOME_VISIT,
				ContactKind.IMMEDIATE, ChineseText.summary(random, true),
				List.of(new GuardianMet(guardian.id(), guardian.name(), guardian.relation())), List.of(student.id()),
				student.household().id(), ContactDetails.NONE);
	}

	/**
	 * An entry and when it reached the app, which orders the events the app publishes.
	 *
	 * @param recordedAt when it was recorded
	 * @param entry an {@link Incident} or a {@link Contact}
	 */
	record Event(Instant recordedAt, Object entry) {
	}

}
