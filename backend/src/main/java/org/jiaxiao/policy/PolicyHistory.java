package org.jiaxiao.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * All versions of a school's policy, to ask which one was in force on a given day without
 * another query: a report over a term reads the history once.
 *
 * @param schoolId the school
 * @param versions stored versions, any order
 */
public record PolicyHistory(String schoolId, List<PolicyVersion> versions) {

	private static final Comparator<PolicyVersion> ORDER = Comparator.comparing(PolicyVersion::effectiveFrom)
		.thenComparingInt(PolicyVersion::version);

	public PolicyHistory {
		versions = versions.stream().sorted(ORDER).toList();
	}

	/**
	 * The version in force on {@code day}: the latest effective date not after it. Before
	 * the first version, the first one applies (a school's rules did not start with
	 * Jiaxiao); with none stored, the built-in primary-school preset.
	 */
	public PolicyVersion at(LocalDate day) {
		PolicyVersion found = null;
		for (PolicyVersion version : this.versions) {
			if (version.effectiveFrom().isAfter(day)) {
				break;
			}
			found = version;
		}
		if (found != null) {
			return found;
		}
		return this.versions.isEmpty() ? PolicyVersion.builtIn(this.schoolId) : this.versions.get(0);
	}

}
