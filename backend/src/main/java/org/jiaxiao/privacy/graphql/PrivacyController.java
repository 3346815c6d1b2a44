package org.jiaxiao.privacy.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.Consent;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.graphql.StaffBatch;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.privacy.ConsentInput;
import org.jiaxiao.privacy.ConsentRequests;
import org.jiaxiao.privacy.HouseholdRights;
import org.jiaxiao.privacy.PrivacyResult;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Consents, export and erasure in the graph. */
@Controller
class PrivacyController {

	private final ConsentRequests consents;

	private final HouseholdRights rights;

	private final DirectoryService directory;

	PrivacyController(ConsentRequests consents, HouseholdRights rights, DirectoryService directory) {
		this.consents = consents;
		this.rights = rights;
		this.directory = directory;
	}

	@SchemaMapping(typeName = "Household")
	List<Consent> consents(Household household) {
		return household.consentsNewestFirst();
	}

	@BatchMapping(typeName = "Consent")
	Map<Consent, StaffMember> recordedBy(List<Consent> consents) {
		return StaffBatch.of(this.directory, consents, Consent::recordedById);
	}

	@MutationMapping
	ConsentPayload recordConsent(@Argument ConsentInput input, Principal principal) {
		return ConsentPayload.of(this.consents.record(Viewers.require(principal), input));
	}

	@MutationMapping
	ConsentPayload withdrawConsent(@Argument WithdrawConsentInput input, Principal principal) {
		return ConsentPayload
			.of(this.consents.withdraw(Viewers.require(principal), input.householdId(), input.consentId()));
	}

	@QueryMapping
	@Nullable String householdExport(@Argument String householdId, Principal principal) {
		return this.rights.export(Viewers.require(principal), householdId).orElse(null);
	}

	@MutationMapping
	EraseHouseholdPayload eraseHousehold(@Argument EraseHouseholdInput input, Principal principal) {
		PrivacyResult<Household> result = this.rights.erase(Viewers.require(principal), input.householdId(),
				input.reason());
		return new EraseHouseholdPayload(result.value(), result.errors());
	}

	/**
	 * A withdrawal request.
	 *
	 * @param householdId the household
	 * @param consentId the consent
	 * @param idempotencyKey accepted; withdrawing is idempotent anyway
	 */
	record WithdrawConsentInput(String householdId, String consentId, @Nullable String idempotencyKey) {
	}

	/**
	 * An erasure request.
	 *
	 * @param householdId the household
	 * @param reason why, as the family asked
	 * @param idempotencyKey accepted; erasing is idempotent anyway
	 */
	record EraseHouseholdInput(String householdId, String reason, @Nullable String idempotencyKey) {
	}

	/**
	 * The payload of the consent mutations.
	 *
	 * @param consent the consent, null when refused
	 * @param errors why it was refused
	 */
	record ConsentPayload(@Nullable Consent consent, List<UserError> errors) {

		static ConsentPayload of(PrivacyResult<Consent> result) {
			return new ConsentPayload(result.value(), result.errors());
		}

	}

	/**
	 * The payload of {@code eraseHousehold}.
	 *
	 * @param household the anonymised household, null when refused
	 * @param errors why it was refused
	 */
	record EraseHouseholdPayload(@Nullable Household household, List<UserError> errors) {
	}

}
