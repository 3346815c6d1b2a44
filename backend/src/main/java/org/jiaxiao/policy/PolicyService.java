package org.jiaxiao.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads and adds versions of a school's policy. Only the principal adds one, effective
 * from today or later, so no report of the past changes; every change is audited.
 */
@Service
public class PolicyService {

	private static final int ATTEMPTS = 5;

	private final MongoTemplate mongo;

	private final DirectoryService directory;

	private final AuditLog audit;

	private final IdempotencyKeys idempotencyKeys;

	private final Clock clock;

	PolicyService(MongoTemplate mongo, DirectoryService directory, AuditLog audit, IdempotencyKeys idempotencyKeys,
			Clock clock) {
		this.mongo = mongo;
		this.directory = directory;
		this.audit = audit;
		this.idempotencyKeys = idempotencyKeys;
		this.clock = clock;
	}

	/** Every version of the school's policy. */
	public PolicyHistory history(String schoolId) {
		return new PolicyHistory(schoolId,
				this.mongo.find(Query.query(where("schoolId").is(schoolId)), PolicyVersion.class));
	}

	/** The version in force on a day (in the school's zone). */
	public PolicyVersion inForce(String schoolId, LocalDate day) {
		Query latest = Query.query(where("schoolId").is(schoolId).and("effectiveFrom").lte(day))
			.with(Sort.by(Sort.Order.desc("effectiveFrom"), Sort.Order.desc("version")))
			.limit(1);
		PolicyVersion found = this.mongo.findOne(latest, PolicyVersion.class);
		return (found != null) ? found : history(schoolId).at(day);
	}

	/** Versions newest first, for the policy page. */
	public List<PolicyVersion> versions(String schoolId) {
		List<PolicyVersion> all = new ArrayList<>(history(schoolId).versions());
		java.util.Collections.reverse(all);
		return all;
	}

	public LocalDate today(String schoolId) {
		return LocalDate.now(this.clock.withZone(this.directory.school(schoolId).zone()));
	}

	/**
	 * Adds a version: the preset's rules or the given ones, effective from the given day
	 * (default today). Principal only.
	 */
	public PolicyResult update(StaffMember viewer, UpdatePolicyInput input) {
		if (!viewer.hasRole(StaffRole.PRINCIPAL)) {
			throw new ForbiddenException("Only the principal changes the school's policy.");
		}
		LocalDate today = today(viewer.schoolId());
		LocalDate effectiveFrom = (input.effectiveFrom() != null) ? input.effectiveFrom() : today;
		PolicyRules rules = (input.rules() != null) ? input.rules() : input.preset().rules();
		if (rules.escalationChains() == null) {
			// Omitted chains are the preset's, like omitted rules.
			rules = rules.withEscalationChains(input.preset().rules().escalationChains());
		}
		List<UserError> errors = new ArrayList<>(PolicyChecks.check(rules));
		if (effectiveFrom.isBefore(today)) {
			errors.add(UserError.of(UserErrorCode.TOO_OLD, "effectiveFrom", "生效日期不能早于今天：已过去的月份按当时的制度统计。"));
		}
		String note = (input.note() != null) ? input.note().strip() : null;
		if (note != null && note.length() > 500) {
			errors.add(UserError.of(UserErrorCode.TOO_LONG, "note", "说明最多 500 字。"));
		}
		if (!errors.isEmpty()) {
			return new PolicyResult(null, errors);
		}
		String newId = Ids.newId("pol");
		if (input.idempotencyKey() != null) {
			var claim = this.idempotencyKeys.claim(viewer.id(), input.idempotencyKey(),
					"policy|" + input.preset() + "|" + effectiveFrom + "|" + rules + "|" + note, () -> newId);
			if (claim.conflicting()) {
				return new PolicyResult(null, List
					.of(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一次不同的修改。")));
			}
			if (claim.replay()) {
				PolicyVersion earlier = this.mongo.findById(claim.resultId(), PolicyVersion.class);
				if (earlier != null) {
					return new PolicyResult(earlier, List.of());
				}
			}
			return new PolicyResult(store(viewer, claim.resultId(), effectiveFrom, input.preset(), rules, note),
					List.of());
		}
		return new PolicyResult(store(viewer, newId, effectiveFrom, input.preset(), rules, note), List.of());
	}

	/**
	 * Gives a school its first version unless it has one (demo data, a new school).
	 * @return whether a version was stored
	 */
	public boolean seed(String schoolId, PolicyPreset preset, LocalDate effectiveFrom) {
		if (this.mongo.exists(Query.query(where("schoolId").is(schoolId)), PolicyVersion.class)) {
			return false;
		}
		try {
			this.mongo.insert(new PolicyVersion(Ids.newId("pol"), schoolId, 1, effectiveFrom, preset, preset.rules(),
					this.clock.instant(), null, "预设：" + preset.name()));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private PolicyVersion store(StaffMember viewer, String id, LocalDate effectiveFrom, PolicyPreset preset,
			PolicyRules rules, @Nullable String note) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			PolicyVersion existing = this.mongo.findById(id, PolicyVersion.class);
			if (existing != null) {
				return existing;
			}
			int next = nextVersion(viewer.schoolId());
			PolicyVersion version = new PolicyVersion(id, viewer.schoolId(), next, effectiveFrom, preset, rules,
					this.clock.instant(), viewer.id(), note);
			try {
				this.mongo.insert(version);
				this.audit.record(viewer.id(), viewer.schoolId(), "updatePolicy", AuditEvent.Kind.WRITE,
						List.of("policy.v" + next), List.of(), List.of());
				return version;
			}
			catch (DuplicateKeyException ex) {
				// Someone stored a version meanwhile: take the next number.
			}
		}
		throw new IllegalStateException("Could not store a policy version after " + ATTEMPTS + " attempts");
	}

	private int nextVersion(String schoolId) {
		Query last = Query.query(where("schoolId").is(schoolId)).with(Sort.by(Sort.Order.desc("version"))).limit(1);
		PolicyVersion found = this.mongo.findOne(last, PolicyVersion.class);
		return (found != null) ? found.version() + 1 : 1;
	}

	/**
	 * The outcome of a change.
	 *
	 * @param policy the stored version, null when refused
	 * @param errors why it was refused
	 */
	public record PolicyResult(@Nullable PolicyVersion policy, List<UserError> errors) {
	}

	/**
	 * A change of policy.
	 *
	 * @param preset the preset the rules start from
	 * @param rules the rules; null takes the preset's
	 * @param effectiveFrom first day; null is today
	 * @param note why
	 * @param idempotencyKey retry key
	 */
	public record UpdatePolicyInput(PolicyPreset preset, @Nullable PolicyRules rules, @Nullable LocalDate effectiveFrom,
			@Nullable String note, @Nullable String idempotencyKey) {
	}

}
