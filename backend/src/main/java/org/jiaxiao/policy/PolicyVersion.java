package org.jiaxiao.policy;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of a school's policy. Versions are only ever added: the version in force on
 * a day is the one with the latest effective date not after it (the higher version number
 * on the same date), so a report for a past month always reads the rules of that month.
 *
 * @param id opaque id ({@code pol_…})
 * @param schoolId the school
 * @param version 1, 2, … per school; 0 for the built-in default when none is stored
 * @param effectiveFrom first day (in the school's zone) the version applies
 * @param basedOn the preset it started from, for the diff
 * @param rules the numbers
 * @param changedAt when it was stored
 * @param changedById who stored it (null for seeded data)
 * @param note why
 */
@Document("policies")
@CompoundIndexes({ @CompoundIndex(name = "school_version", def = "{'schoolId': 1, 'version': 1}", unique = true),
		@CompoundIndex(name = "school_effective", def = "{'schoolId': 1, 'effectiveFrom': -1, 'version': -1}") })
public record PolicyVersion(@Id String id, String schoolId, int version, LocalDate effectiveFrom, PolicyPreset basedOn,
		PolicyRules rules, @Nullable Instant changedAt, @Nullable String changedById, @Nullable String note) {

	/**
	 * A version stored before escalation chains were policy has none: it follows its
	 * preset's chains, so reading it never yields a school without them.
	 */
	public PolicyVersion {
		if (rules.escalationChains() == null) {
			rules = rules.withEscalationChains(basedOn.rules().escalationChains());
		}
	}

	/** The rules a school follows before it stores any: the primary-school preset. */
	static PolicyVersion builtIn(String schoolId) {
		return new PolicyVersion("pol_default_" + schoolId, schoolId, 0, LocalDate.of(2000, 1, 1), PolicyPreset.PRIMARY,
				PolicyPreset.PRIMARY.rules(), null, null, null);
	}

}
