package org.jiaxiao.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.HouseholdRecords;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.PrivacyPolicy;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditFilter;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.audit.AuditQueries;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;
import org.jiaxiao.platform.paging.Cursors;
import org.jiaxiao.timeline.TimelineService;

import org.springframework.stereotype.Service;

/**
 * A family's rights of access and erasure, handled by the principal (the campus director
 * at a tutoring centre), for the families of their own school or campus: an export of
 * everything held about the household, and its anonymisation once the retention period is
 * over.
 */
@Service
public class HouseholdRights {

	private final HouseholdAccess access;

	private final HouseholdRecords records;

	private final TimelineService timeline;

	/**
	 * Enough for years of a family's records; more is summarised by the audit trail
	 * itself.
	 */
	private static final int MAX_HISTORY = 5000;

	private final AuditLog audit;

	private final AuditQueries auditQueries;

	private final PrivacyProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	private final IdempotencyKeys idempotencyKeys;

	HouseholdRights(HouseholdAccess access, HouseholdRecords records, TimelineService timeline, AuditLog audit,
			AuditQueries auditQueries, PrivacyProperties properties, JsonMapper json, Clock clock,
			IdempotencyKeys idempotencyKeys) {
		this.idempotencyKeys = idempotencyKeys;
		this.auditQueries = auditQueries;
		this.access = access;
		this.records = records;
		this.timeline = timeline;
		this.audit = audit;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Everything held about the household, as one JSON document; empty when not found.
	 */
	public Optional<String> export(StaffMember viewer, String householdId) {
		requirePrincipal(viewer);
		List<Student> children = this.access.children(viewer, householdId);
		if (children.isEmpty()) {
			return Optional.empty();
		}
		Household household = this.access.household(householdId);
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("exportedAt", this.clock.instant().toString());
		export.put("household", household);
		export.put("students", children);
		Map<String, Object> timelines = new LinkedHashMap<>();
		for (Student child : children) {
			timelines.put(child.id(), this.timeline.allEntries(viewer, child.id()));
		}
		export.put("timelines", timelines);
		// The family's own access history: who read or changed what about them, and when.
		export.put("accessHistory", accessHistory(viewer, householdId));
		this.audit.record(viewer.id(), viewer.schoolId(), "householdExport", AuditEvent.Kind.READ,
				List.of("Household.export"), children.stream().map(Student::id).toList(), List.of(householdId));
		return Optional.of(this.json.writeValueAsString(export));
	}

	/**
	 * Anonymises a household. Safe to repeat; with an idempotency key, the same key with
	 * another household or reason is refused.
	 */
	public PrivacyResult<Household> erase(StaffMember viewer, String householdId, String reason,
			@Nullable String idempotencyKey) {
		requirePrincipal(viewer);
		if (reason.isBlank()) {
			return PrivacyResult.refused(UserError.of(UserErrorCode.REQUIRED, "reason", "请填写删除原因。"));
		}
		if (idempotencyKey != null && this.idempotencyKeys
			.claim(viewer.id(), idempotencyKey, "erase|" + householdId + "|" + reason.strip(), () -> householdId)
			.conflicting()) {
			return PrivacyResult
				.refused(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一条不同的请求。"));
		}
		List<Student> children = this.access.children(viewer, householdId);
		if (children.isEmpty()) {
			return PrivacyResult.refused(UserError.of(UserErrorCode.NOT_FOUND, "householdId", "找不到该家庭。"));
		}
		Instant lastContact = children.stream()
			.map(Student::lastContactAt)
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
		Instant allowedFrom = (lastContact != null) ? lastContact.plus(this.properties.retention()) : Instant.MIN;
		if (this.clock.instant().isBefore(allowedFrom)) {
			return PrivacyResult.refused(UserError.of(UserErrorCode.RETENTION_NOT_OVER, "householdId",
					"记录保存期未满，最早可于 " + allowedFrom.toString().substring(0, 10) + " 删除。"));
		}
		List<String> studentIds = children.stream().map(Student::id).toList();
		// Names first, then the entries: the timeline's event tells offline copies to
		// refresh, and must come after both.
		this.records.anonymise(householdId);
		this.timeline.anonymise(viewer.schoolId(), studentIds);
		this.audit.record(viewer.id(), viewer.schoolId(), "eraseHousehold", AuditEvent.Kind.WRITE,
				List.of("eraseHousehold", reason.strip()), studentIds, List.of(householdId));
		return PrivacyResult.done(this.access.household(householdId));
	}

	private List<AuditEvent> accessHistory(StaffMember viewer, String householdId) {
		List<AuditEvent> events = new ArrayList<>();
		String after = null;
		do {
			var page = this.auditQueries.page(viewer.schoolId(), new AuditFilter(null, null, householdId, null, null),
					Cursors.MAX_PAGE, after);
			page.edges().forEach((edge) -> events.add(edge.node()));
			after = page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null;
		}
		while (after != null && events.size() < MAX_HISTORY);
		return events;
	}

	private static void requirePrincipal(StaffMember viewer) {
		if (!PrivacyPolicy.answersForFamilyRights(viewer)) {
			throw new ForbiddenException(
					"Only the principal (at a tutoring centre, the campus director) handles a family's export and erasure.");
		}
	}

}
