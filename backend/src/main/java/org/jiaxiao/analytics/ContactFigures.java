package org.jiaxiao.analytics;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.analytics.AnalyticsStore.ContactRow;

/**
 * The figures of one shown contact bucket (or total) under the {@link Disclosure} rule:
 * each count rounded, and each figure withheld when the students it describes are a small
 * group, so a bucket of 40 students reached does not show the home visits of 3 of them.
 */
final class ContactFigures {

	private static final double MS_PER_HOUR = 3_600_000.0;

	private ContactFigures() {
	}

	static ContactBucket of(List<AnalyticsKey> keys, ContactRow row, Disclosure disclosure) {
		AnalyticsStore.GroupSizes groups = row.groups();
		@Nullable Double within = null;
		if (disclosure.describable(groups.immediateAnswering())
				&& disclosure.describable(groups.immediateWithin24h())) {
			within = disclosure.percent(row.immediateWithin24h(), row.immediateAnswering());
		}
		// A median of a few contacts is one family's answer time; whole hours over at
		// least k students' contacts.
		@Nullable Double median = (!row.lagsMs().isEmpty() && groups.answered() >= disclosure.minimum())
				? (double) Math.round(median(row.lagsMs()) / MS_PER_HOUR) : null;
		return new ContactBucket(keys, null, true, disclosure.round(row.contacts()), disclosure.round(row.students()),
				disclosure.count(row.homeVisits(), groups.homeVisit()), within, median);
	}

	static double median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

}
