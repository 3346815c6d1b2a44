package org.jiaxiao.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.Consent;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.HouseholdRecords;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;

import org.springframework.stereotype.Service;

/** Recording and withdrawing guardians' consents; each change is audited. */
@Service
public class ConsentRequests {

	private final HouseholdAccess access;

	private final HouseholdRecords records;

	private final IdempotencyKeys idempotencyKeys;

	private final AuditLog audit;

	private final Clock clock;

	ConsentRequests(HouseholdAccess access, HouseholdRecords records, IdempotencyKeys idempotencyKeys, AuditLog audit,
			Clock clock) {
		this.access = access;
		this.records = records;
		this.idempotencyKeys = idempotencyKeys;
		this.audit = audit;
		this.clock = clock;
	}

	public PrivacyResult<Consent> record(StaffMember viewer, ConsentInput input) {
		Optional<UserError> denied = this.access.check(viewer, input.householdId());
		if (denied.isPresent()) {
			return PrivacyResult.refused(denied.get());
		}
		Optional<UserError> invalid = validate(input);
		if (invalid.isPresent()) {
			return PrivacyResult.refused(invalid.get());
		}
		Household household = this.access.household(input.householdId());
		if (household.guardian(input.guardianId()).isEmpty()) {
			return PrivacyResult.refused(UserError.of(UserErrorCode.UNKNOWN_GUARDIAN, "guardianId", "该家长不属于这个家庭。"));
		}
		String newId = Ids.newId("cst");
		String consentId = newId;
		if (input.idempotencyKey() != null) {
			var claim = this.idempotencyKeys.claim(viewer.id(), input.idempotencyKey(), input.canonical(), () -> newId);
			if (claim.conflicting()) {
				return PrivacyResult
					.refused(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一条不同的记录。"));
			}
			consentId = claim.resultId();
		}
		Consent consent = new Consent(consentId, input.guardianId(), List.copyOf(input.purposes()),
				input.rulesVersion().strip(), input.givenAt().toInstant(), null, viewer.id());
		this.records.addConsent(household.id(), consent);
		auditWrite(viewer, "recordConsent", household.id());
		Consent stored = this.access.household(household.id())
			.consentsNewestFirst()
			.stream()
			.filter((c) -> c.id().equals(consent.id()))
			.findFirst()
			.orElse(consent);
		return PrivacyResult.done(stored);
	}

	/**
	 * Withdraws a consent (once: a retry returns it as withdrawn). With an idempotency
	 * key, the same key with another consent is refused.
	 */
	public PrivacyResult<Consent> withdraw(StaffMember viewer, String householdId, String consentId,
			@Nullable String idempotencyKey) {
		Optional<UserError> denied = this.access.check(viewer, householdId);
		if (denied.isPresent()) {
			return PrivacyResult.refused(denied.get());
		}
		if (idempotencyKey != null && this.idempotencyKeys
			.claim(viewer.id(), idempotencyKey, "withdrawConsent|" + householdId + "|" + consentId, () -> consentId)
			.conflicting()) {
			return PrivacyResult
				.refused(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一条不同的记录。"));
		}
		Optional<Consent> withdrawn = this.records.withdrawConsent(householdId, consentId, this.clock.instant());
		if (withdrawn.isEmpty()) {
			return PrivacyResult.refused(UserError.of(UserErrorCode.NOT_FOUND, "consentId", "找不到该授权记录。"));
		}
		auditWrite(viewer, "withdrawConsent", householdId);
		return PrivacyResult.done(withdrawn.get());
	}

	private Optional<UserError> validate(ConsentInput input) {
		if (input.purposes().isEmpty()) {
			return Optional.of(UserError.of(UserErrorCode.EMPTY, "purposes", "请至少选择一项授权用途。"));
		}
		if (input.rulesVersion().isBlank()) {
			return Optional.of(UserError.of(UserErrorCode.REQUIRED, "rulesVersion", "请填写规则版本。"));
		}
		if (input.rulesVersion().length() > 50) {
			return Optional.of(UserError.of(UserErrorCode.TOO_LONG, "rulesVersion", "规则版本最多 50 个字符。"));
		}
		if (input.givenAt().toInstant().isAfter(this.clock.instant().plusSeconds(300))) {
			return Optional.of(UserError.of(UserErrorCode.IN_THE_FUTURE, "givenAt", "授权时间不能晚于现在。"));
		}
		return Optional.empty();
	}

	private void auditWrite(StaffMember viewer, String operation, String householdId) {
		this.audit.record(viewer.id(), viewer.schoolId(), operation, AuditEvent.Kind.WRITE, List.of(operation),
				List.of(), List.of(householdId));
	}

}
