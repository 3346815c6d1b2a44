package org.jiaxiao.analytics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The periods analytics count are whole days of the school's time zone, and past days
 * only. Two periods one second apart would differ by the contacts of that second, often
 * one family's; whole days make the smallest difference a day of the school's contacts. A
 * bound that is not a midnight is refused rather than rounded, so an analyst never reads
 * figures for a period other than the one asked for without being told. Today is never
 * counted: figures that grew during the day would show each contact as it is recorded to
 * anyone asking twice.
 */
final class WholeDays {

	private WholeDays() {
	}

	/** The bound as an instant, when it is a midnight in the zone; refused otherwise. */
	static Instant require(OffsetDateTime bound, ZoneId zone, String name) {
		Instant instant = bound.toInstant();
		Instant midnight = bound.atZoneSameInstant(zone).toLocalDate().atStartOfDay(zone).toInstant();
		if (!instant.equals(midnight)) {
			throw new AnalyticsException(AnalyticsException.INVALID,
					"Periods are whole days: '" + name + "' must be midnight in the school's time zone (" + zone.getId()
							+ "), e.g. " + midnight.atZone(zone).toOffsetDateTime() + ".");
		}
		return instant;
	}

	/** The start of today in the zone: the default end of a period. */
	static Instant today(Instant now, ZoneId zone) {
		return now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
	}

	/** The end of a period, cut at the start of today and never before its start. */
	static Instant pastOnly(Instant from, Instant to, Instant now, ZoneId zone) {
		Instant today = today(now, zone);
		Instant end = to.isAfter(today) ? today : to;
		return end.isBefore(from) ? from : end;
	}

}
