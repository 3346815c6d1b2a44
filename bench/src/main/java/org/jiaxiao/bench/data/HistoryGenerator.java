package org.jiaxiao.bench.data;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.jiaxiao.directory.Guardian;
import org.jiaxiao.directory.Household;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactDetails;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;
import org.jiaxiao.timeline.GuardianMet;

/**
 * Contacts of past school years with the skew schools report: most families a few times a
 * year (0–8, mean about 3), focus students 20–80 times (mean 50). Each student's history
 * comes from its own seeded generator, so it can be produced and written in chunks
 * without holding a large school's history in memory, and is the same every run.
 */
public final class HistoryGenerator {

	/** Percent of ordinary students with 0, 1, 2, … contacts in a school year. */
	private static final int[] ORDINARY = { 8, 14, 20, 20, 14, 10, 7, 4, 3 };

	private static final ContactForm[] FORMS = { ContactForm.PHONE, ContactForm.PHONE, ContactForm.PHONE,
			ContactForm.PHONE, ContactForm.HOME_VISIT, ContactForm.HOME_VISIT, ContactForm.CLASS_GROUP_MESSAGE,
			ContactForm.ONLINE_MESSAGE, ContactForm.ONLINE_MESSAGE, ContactForm.PARENT_VISIT, ContactForm.INVITED_VISIT,
			ContactForm.CONTACT_BOOK, ContactForm.VIDEO_CALL, ContactForm.PARENT_MEETING };

	/** A school year's teaching days run from 1 September to mid-July. */
	private static final int SCHOOL_YEAR_DAYS = 317;

	private final long seed;

	private final ZoneId zone;

	private final Instant now;

	/**
	 * @param seed the seed (mixed with each student's id)
	 * @param zone the school's zone
	 * @param now nothing is generated after this instant
	 */
	public HistoryGenerator(long seed, ZoneId zone, Instant now) {
		this.seed = seed;
		this.zone = zone;
		this.now = now;
	}

	/**
	 * A student's contacts from school year {@code firstYear} to {@code lastYear}
	 * (inclusive), oldest first. About one contact in five of a family with several
	 * children concerns all of them, as one shared record.
	 */
	public List<Contact> history(StudentRef student, int firstYear, int lastYear) {
		SplittableRandom random = new SplittableRandom(this.seed ^ student.id().hashCode() * 0x9E3779B97F4A7C15L);
		List<Contact> contacts = new ArrayList<>();
		for (int year = firstYear; year <= lastYear; year++) {
			Instant start = LocalDate.of(year, 9, 1).atStartOfDay(this.zone).toInstant();
			Instant end = start.plus(Duration.ofDays(SCHOOL_YEAR_DAYS));
			Instant last = end.isBefore(this.now) ? end : this.now.minus(Duration.ofHours(1));
			if (!last.isAfter(start)) {
				continue;
			}
			double share = Duration.between(start, last).toMinutes()
					/ (double) Duration.between(start, end).toMinutes();
			int count = (int) Math.round(perYear(random, student.focus()) * share);
			for (int i = 0; i < count; i++) {
				long day = random.nextLong(Math.max(1, Duration.between(start, last).toDays()));
				Instant occurredAt = LocalDate.of(year, 9, 1)
					.plusDays(day)
					.atTime(LocalTime.of(8 + random.nextInt(12), random.nextInt(4) * 15))
					.atZone(this.zone)
					.toInstant();
				contacts.add(contact(random, student, occurredAt, "%s_%d_%d".formatted(student.id(), year, i)));
			}
		}
		contacts.sort(Comparator.comparing(Contact::occurredAt));
		return contacts;
	}

	static int perYear(SplittableRandom random, boolean focus) {
		if (focus) {
			return 20 + random.nextInt(61);
		}
		int roll = random.nextInt(100);
		for (int count = 0; count < ORDINARY.length; count++) {
			roll -= ORDINARY[count];
			if (roll < 0) {
				return count;
			}
		}
		return ORDINARY.length - 1;
	}

	private Contact contact(SplittableRandom random, StudentRef student, Instant occurredAt, String key) {
		ContactForm form = FORMS[random.nextInt(FORMS.length)];
		int roll = random.nextInt(100);
		ContactKind kind = student.focus()
				? ((roll < 80) ? ContactKind.FOCUS : (roll < 90) ? ContactKind.IMMEDIATE : ContactKind.ROUTINE)
				: ((roll < 5) ? ContactKind.IMMEDIATE : ContactKind.ROUTINE);
		Household household = student.household();
		List<GuardianMet> met = new ArrayList<>();
		Guardian guardian = household.guardians().get(random.nextInt(household.guardians().size()));
		met.add(new GuardianMet(guardian.id(), guardian.name(), guardian.relation()));
		if (household.guardians().size() > 1 && random.nextInt(100) < 15) {
			Guardian other = household.guardians().get((household.guardians().indexOf(guardian) + 1) % 2);
			met.add(new GuardianMet(other.id(), other.name(), other.relation()));
		}
		List<String> studentIds = (student.siblings().size() > 1 && random.nextInt(5) == 0) ? student.siblings()
				: List.of(student.id());
		Instant recordedAt = occurredAt.plus(Duration.ofMinutes(20 + random.nextInt(48 * 60)))
			.truncatedTo(ChronoUnit.MILLIS);
		String summary = ChineseText.summary(random, student.focus() || form == ContactForm.HOME_VISIT);
		return Contact.recorded("con_" + key.substring("stu_".length()), occurredAt, recordedAt, student.authorId(),
				form, kind, summary, met, studentIds, household.id(), ContactDetails.NONE);
	}

	/**
	 * What the history of one student depends on.
	 *
	 * @param id the student
	 * @param focus a focus student
	 * @param household the family
	 * @param siblings all the family's children in this school (the student included)
	 * @param authorId who records the contacts (the class's homeroom teacher)
	 */
	public record StudentRef(String id, boolean focus, Household household, List<String> siblings, String authorId) {
	}

}
