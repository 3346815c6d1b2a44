package org.jiaxiao.analytics;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Contact figures of one bucket; every figure is null when the bucket is suppressed.
 *
 * @param keys the bucket's value on each dimension
 * @param suppression why the figures are withheld, null when shown
 * @param rounded whether the counts are rounded to a multiple of 5
 * @param contacts contacts
 * @param studentsReached distinct students
 * @param homeVisits home visits
 * @param immediateWithin24hPercent share of answering immediate contacts within 24 h
 * @param medianHoursToAnswer median hours from incident to answering contact
 */
public record ContactBucket(List<AnalyticsKey> keys, @Nullable Suppression suppression, boolean rounded,
		@Nullable Integer contacts, @Nullable Integer studentsReached, @Nullable Integer homeVisits,
		@Nullable Double immediateWithin24hPercent, @Nullable Double medianHoursToAnswer) {

	public boolean suppressed() {
		return this.suppression != null;
	}

	static ContactBucket withheld(List<AnalyticsKey> keys, Suppression why) {
		return new ContactBucket(keys, why, false, null, null, null, null, null);
	}

}
