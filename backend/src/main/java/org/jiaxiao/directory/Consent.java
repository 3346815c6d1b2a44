package org.jiaxiao.directory;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A guardian's consent to processing the children's personal information (PIPL art. 31):
 * who, when, under which version of the rules, until withdrawn.
 *
 * @param id opaque id ({@code cst_…})
 * @param guardianId the guardian who gave it
 * @param purposes what it covers
 * @param rulesVersion the version of the rules the guardian was shown
 * @param givenAt when it was given
 * @param withdrawnAt when it was withdrawn, if it was
 * @param recordedById the staff member who recorded it
 */
public record Consent(@Id String id, String guardianId, List<ConsentPurpose> purposes, String rulesVersion,
		Instant givenAt, @Nullable Instant withdrawnAt, String recordedById) {
}
