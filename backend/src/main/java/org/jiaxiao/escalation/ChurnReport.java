package org.jiaxiao.escalation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.platform.graphql.SchemaEnum;

/**
 * Reasons for losing families over a period: the retention escalations opened in it.
 *
 * @param period the period
 * @param groups per campus or per learning manager
 * @param totals all groups together, most frequent first
 */
public record ChurnReport(DateRange period, List<Group> groups, List<ReasonCount> totals) {

	/** How to group. */
	@SchemaEnum("ChurnGroupBy")
	public enum GroupBy {

		CAMPUS, LEARNING_MANAGER

	}

	/**
	 * One group.
	 *
	 * @param schoolId the campus (or the learning manager's campus)
	 * @param learningManagerId the learning manager (LEARNING_MANAGER grouping)
	 * @param escalations retention escalations opened in the period
	 * @param familiesKept of those, resolved
	 * @param familiesLost of those, refunded
	 * @param reasons reason counts, most frequent first
	 */
	public record Group(String schoolId, @Nullable String learningManagerId, int escalations, int familiesKept,
			int familiesLost, List<ReasonCount> reasons) {
	}

	/**
	 * How often a reason was tagged.
	 *
	 * @param reason the reason
	 * @param count escalations tagged with it
	 */
	public record ReasonCount(LossReason reason, int count) {
	}

}
