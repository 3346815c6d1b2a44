package org.jiaxiao.privacy;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.ConsentPurpose;

/**
 * A consent to record, as the client sends it.
 *
 * @param householdId the household
 * @param guardianId the guardian giving consent
 * @param purposes what it covers
 * @param rulesVersion the rules' version shown
 * @param givenAt when it was given
 * @param idempotencyKey the client's retry key
 */
public record ConsentInput(String householdId, String guardianId, List<ConsentPurpose> purposes, String rulesVersion,
		OffsetDateTime givenAt, @Nullable String idempotencyKey) {

	String canonical() {
		return String.join("|", this.householdId, this.guardianId, this.purposes.toString(), this.rulesVersion,
				String.valueOf(this.givenAt.toInstant()));
	}

}
