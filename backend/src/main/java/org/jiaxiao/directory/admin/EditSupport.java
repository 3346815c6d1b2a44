package org.jiaxiao.directory.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryChanged;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.audit.FieldChange;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What every directory edit shares: who may edit, today at the school, idempotency keys,
 * optimistic versions, the audit entry, the sync feed and the cache.
 */
@Component
class EditSupport {

	private final DirectoryService directory;

	private final IdempotencyKeys idempotencyKeys;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EditSupport(DirectoryService directory, IdempotencyKeys idempotencyKeys, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.directory = directory;
		this.idempotencyKeys = idempotencyKeys;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The administrator, principal or campus director; anyone else is FORBIDDEN, whatever
	 * the record.
	 */
	static StaffMember requireKeeper(StaffMember viewer) {
		if (!viewer.keepsDirectory()) {
			throw new ForbiddenException("Only the school administrator or the principal keeps the directory.");
		}
		return viewer;
	}

	LocalDate today(StaffMember viewer) {
		return this.clock.instant().atZone(this.directory.school(viewer.schoolId()).zone()).toLocalDate();
	}

	/**
	 * Claims an idempotency key: the id to write (new or an earlier one), or an error
	 * when the key was used with other input. Without a key, {@code newId}.
	 */
	Claimed claim(StaffMember viewer, @Nullable String key, Object input, Supplier<String> newId) {
		if (key == null) {
			return new Claimed(newId.get(), false, null);
		}
		var claim = this.idempotencyKeys.claim(viewer.id(), key, input.toString(), newId);
		if (claim.conflicting()) {
			return new Claimed(claim.resultId(), true,
					UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一项不同的修改。"));
		}
		return new Claimed(claim.resultId(), claim.replay(), null);
	}

	/** A record at the version the caller read (0: never edited, no version stored). */
	static Criteria atVersion(String id, long expected) {
		return where("_id").is(id).and("version").is((expected == 0) ? null : expected);
	}

	static UserError conflict() {
		return UserError.of(UserErrorCode.CONFLICT, "expectedVersion", "该记录已被他人修改，请刷新后再试。");
	}

	static UserError notFound(String field) {
		return UserError.of(UserErrorCode.NOT_FOUND, field, "在本校名录中找不到该记录。");
	}

	/**
	 * After a stored edit: the audit entry with each field before and after, the sync
	 * feed for the students concerned, and this instance's cache (others within its time
	 * to live).
	 */
	void stored(StaffMember viewer, String operation, List<@Nullable FieldChange> changes, List<String> studentIds,
			List<String> householdIds, Map<String, List<String>> studentClasses) {
		this.audit.recordChange(viewer.id(), viewer.schoolId(), operation,
				changes.stream().filter(Objects::nonNull).toList(), studentIds, householdIds);
		if (!studentClasses.isEmpty()) {
			this.events.publishEvent(new DirectoryChanged(viewer.schoolId(), operation, studentClasses));
		}
		this.directory.forgetCachedRecords();
	}

	/**
	 * A claimed key.
	 *
	 * @param id the id to write
	 * @param replay the key was used before: answer with the stored record
	 * @param error why the key may not be used, if it may not
	 */
	record Claimed(String id, boolean replay, @Nullable UserError error) {
	}

}
