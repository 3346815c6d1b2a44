package org.jiaxiao.task;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.TeachingAssignment;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.BadRequestException;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;
import org.jiaxiao.platform.paging.PageInfo;
import org.jiaxiao.tutoring.Contracts;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Obligations as people see them: a teacher's own tasks, an overseer's list for their
 * classes, grade or school, waiving one with a reason, and marking done by hand a task no
 * contact can satisfy (a file received, a plan written). Every list filters by the caller
 * in the MongoDB query (indexes: owner–state–due, school–class/grade–state–due).
 */
@Service
public class ObligationService {

	private static final String CURSOR = "obligations";

	private static final Set<StaffRole> WAIVERS = Set.of(StaffRole.PRINCIPAL, StaffRole.MORAL_EDUCATION,
			StaffRole.GRADE_LEADER);

	private final MongoTemplate mongo;

	private final IdempotencyKeys idempotencyKeys;

	private final AuditLog audit;

	private final Clock clock;

	private final Contracts contracts;

	private final OnboardingObligations onboarding;

	ObligationService(MongoTemplate mongo, IdempotencyKeys idempotencyKeys, AuditLog audit, Clock clock,
			Contracts contracts, OnboardingObligations onboarding) {
		this.mongo = mongo;
		this.idempotencyKeys = idempotencyKeys;
		this.audit = audit;
		this.clock = clock;
		this.contracts = contracts;
		this.onboarding = onboarding;
	}

	/** The caller's own tasks, soonest due first; open and overdue unless asked. */
	public ObligationConnection myTasks(StaffMember viewer, @Nullable List<ObligationState> states,
			@Nullable OffsetDateTime dueBefore, @Nullable Integer first, @Nullable String after) {
		Criteria criteria = where("ownerId").is(viewer.id()).and("state").in(statesOrOpen(states));
		if (dueBefore != null) {
			criteria = criteria.and("dueAt").lt(dueBefore.toInstant());
		}
		return page(criteria, first, after);
	}

	/**
	 * Obligations of the classes a caller oversees: the school (principal, 德育处), a grade
	 * (grade leader), their own class (homeroom teacher).
	 */
	public ObligationConnection overseen(StaffMember viewer, @Nullable String classId,
			@Nullable List<ObligationState> states, @Nullable Integer first, @Nullable String after) {
		Criteria scope = oversight(viewer)
			.orElseThrow(() -> new ForbiddenException("Only overseers and homeroom teachers list obligations."));
		Criteria criteria = new Criteria().andOperator(scope,
				where("state").in((states != null && !states.isEmpty()) ? states : List.of(ObligationState.values())));
		if (classId != null) {
			criteria = new Criteria().andOperator(criteria, where("classId").is(classId));
		}
		return page(criteria, first, after);
	}

	/** Sets an obligation aside; the reason is required and kept, the change audited. */
	public WaiveResult waive(StaffMember viewer, String obligationId, @Nullable String reason,
			@Nullable String idempotencyKey) {
		if (viewer.roles().stream().noneMatch(WAIVERS::contains)) {
			throw new ForbiddenException("Only the principal, 德育处 and grade leaders waive obligations.");
		}
		String text = (reason != null) ? reason.strip() : "";
		if (text.isEmpty()) {
			return WaiveResult.failed(UserError.of(UserErrorCode.REQUIRED, "reason", "请填写免除原因。"));
		}
		if (text.length() > 500) {
			return WaiveResult.failed(UserError.of(UserErrorCode.TOO_LONG, "reason", "原因最多 500 字。"));
		}
		Criteria scope = oversight(viewer).orElseThrow();
		Obligation found = this.mongo
			.findOne(Query.query(new Criteria().andOperator(where("_id").is(obligationId), scope)), Obligation.class);
		if (found == null) {
			return WaiveResult.failed(UserError.of(UserErrorCode.NOT_FOUND, "id", "找不到该任务，或您无权处理。"));
		}
		if (idempotencyKey != null) {
			var claim = this.idempotencyKeys.claim(viewer.id(), idempotencyKey, "waive|" + obligationId + "|" + text,
					() -> obligationId);
			if (claim.conflicting()) {
				return WaiveResult
					.failed(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一次不同的操作。"));
			}
			if (claim.replay() && found.state() == ObligationState.WAIVED) {
				return new WaiveResult(found, List.of());
			}
		}
		if (found.state().closed()) {
			return WaiveResult.failed(UserError.of(UserErrorCode.OBLIGATION_CLOSED, "id", "该任务已完成或已免除。"));
		}
		Query stillOpen = Query
			.query(where("_id").is(obligationId).and("state").in(ObligationState.OPEN, ObligationState.OVERDUE));
		Update update = new Update().set("state", ObligationState.WAIVED)
			.set("waiver", new Obligation.Waiver(text, viewer.id(), this.clock.instant()));
		if (this.mongo.updateFirst(stillOpen, update, Obligation.class).getModifiedCount() == 0) {
			return WaiveResult.failed(UserError.of(UserErrorCode.OBLIGATION_CLOSED, "id", "该任务已完成或已免除。"));
		}
		this.audit.record(viewer.id(), viewer.schoolId(), "waiveObligation", AuditEvent.Kind.WRITE,
				List.of("obligation.waiver"), found.studentIds(), List.of());
		return new WaiveResult(this.mongo.findById(obligationId, Obligation.class), List.of());
	}

	/**
	 * Marks done a task of a rule completed by hand, with a note: the task's owner or an
	 * overseer of its class. A file received moves the call and the talk with the
	 * consultant, which count from it.
	 */
	public ObligationResult complete(StaffMember viewer, String obligationId, @Nullable String note,
			@Nullable String idempotencyKey) {
		if (viewer.seesNoFamilyRecords() || viewer.scope().isEmpty()) {
			throw new ForbiddenException("Your role has no tasks to complete.");
		}
		String text = (note != null) ? note.strip() : "";
		if (text.isEmpty()) {
			return ObligationResult.failed(UserError.of(UserErrorCode.REQUIRED, "note", "请填写完成说明。"));
		}
		if (text.length() > 500) {
			return ObligationResult.failed(UserError.of(UserErrorCode.TOO_LONG, "note", "说明最多 500 字。"));
		}
		Obligation found = this.mongo.findOne(
				Query.query(new Criteria().andOperator(where("_id").is(obligationId), ownOrOverseen(viewer))),
				Obligation.class);
		if (found == null) {
			return ObligationResult.failed(UserError.of(UserErrorCode.NOT_FOUND, "obligationId", "找不到该任务，或您无权处理。"));
		}
		if (!found.completedByHand()) {
			return ObligationResult
				.failed(UserError.of(UserErrorCode.NOT_ALLOWED, "obligationId", "该任务由相应的联系记录自动完成，请记录联系。"));
		}
		if (idempotencyKey != null) {
			var claim = this.idempotencyKeys.claim(viewer.id(), idempotencyKey, "complete|" + obligationId + "|" + text,
					() -> obligationId);
			if (claim.conflicting()) {
				return ObligationResult
					.failed(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一次不同的操作。"));
			}
			if (claim.replay() && found.completion() != null && found.completion().byId().equals(viewer.id())) {
				return new ObligationResult(found, List.of());
			}
		}
		if (found.state().closed()) {
			return ObligationResult
				.failed(UserError.of(UserErrorCode.OBLIGATION_CLOSED, "obligationId", "该任务已完成或已免除。"));
		}
		Instant now = this.clock.instant();
		Query stillOpen = Query
			.query(where("_id").is(obligationId).and("state").in(ObligationState.OPEN, ObligationState.OVERDUE));
		Update update = new Update().set("state", ObligationState.DONE)
			.set("completion", new Obligation.Completion(text, viewer.id(), now));
		if (this.mongo.updateFirst(stillOpen, update, Obligation.class).getModifiedCount() == 0) {
			return ObligationResult
				.failed(UserError.of(UserErrorCode.OBLIGATION_CLOSED, "obligationId", "该任务已完成或已免除。"));
		}
		this.audit.record(viewer.id(), viewer.schoolId(), "completeObligation", AuditEvent.Kind.WRITE,
				List.of("obligation.completion"), found.studentIds(), List.of());
		String contractId = found.trigger().contractId();
		if (found.rule() == ObligationRule.ONBOARDING_FILE && contractId != null) {
			this.contracts.byId(contractId).ifPresent((contract) -> this.onboarding.apply(contract, now, false));
		}
		return new ObligationResult(this.mongo.findById(obligationId, Obligation.class), List.of());
	}

	/**
	 * Obligations by id, for links from notifications and {@code node(id)}: only the
	 * caller's own or those of classes they oversee; never any for an analyst.
	 */
	public List<Obligation> visible(StaffMember viewer, List<String> ids) {
		if (viewer.seesNoFamilyRecords() || ids.isEmpty()) {
			return List.of();
		}
		return this.mongo.find(Query.query(new Criteria().andOperator(where("_id").in(ids), ownOrOverseen(viewer))),
				Obligation.class);
	}

	/**
	 * The caller's own tasks and those of the classes they oversee: what {@code node(id)}
	 * and the counts on the roster show.
	 */
	Criteria ownOrOverseen(StaffMember viewer) {
		List<Criteria> any = new ArrayList<>();
		any.add(where("ownerId").is(viewer.id()));
		oversight(viewer).ifPresent(any::add);
		return new Criteria().orOperator(any);
	}

	/**
	 * What an overseer sees, as criteria on {@code obligations}; empty for those who
	 * oversee nothing.
	 */
	Optional<Criteria> oversight(StaffMember viewer) {
		Criteria school = where("schoolId").is(viewer.schoolId());
		if (viewer.roles().stream().anyMatch(StaffRole::seesWholeSchool)) {
			return Optional.of(school);
		}
		List<Criteria> any = new ArrayList<>();
		if (viewer.hasRole(StaffRole.GRADE_LEADER) && !viewer.gradesLed().isEmpty()) {
			any.add(where("grade").in(viewer.gradesLed()));
		}
		List<String> homeroomClasses = viewer.assignments()
			.stream()
			.filter(TeachingAssignment::homeroom)
			.map(TeachingAssignment::classId)
			.toList();
		if (!homeroomClasses.isEmpty()) {
			any.add(where("classId").in(homeroomClasses));
		}
		if (any.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Criteria().andOperator(school, new Criteria().orOperator(any)));
	}

	private ObligationConnection page(Criteria criteria, @Nullable Integer first, @Nullable String after) {
		int size = Cursors.pageSize(first);
		long total = this.mongo.count(Query.query(criteria), Obligation.class);
		List<String> position = Cursors.decode(CURSOR, after, 2);
		Criteria paged = criteria;
		if (!position.isEmpty()) {
			Instant at = Instant.ofEpochMilli(millis(position.get(0)));
			paged = new Criteria().andOperator(criteria, new Criteria().orOperator(where("dueAt").gt(at),
					where("dueAt").is(at).and("_id").gt(position.get(1))));
		}
		Query query = Query.query(paged).with(Sort.by("dueAt", "_id")).limit(size + 1);
		List<Obligation> rows = this.mongo.find(query, Obligation.class);
		return new ObligationConnection(Connection.forward(rows, size,
				(row) -> Cursors.encode(CURSOR, String.valueOf(row.dueAt().toEpochMilli()), row.id())), total);
	}

	private static List<ObligationState> statesOrOpen(@Nullable List<ObligationState> states) {
		return (states != null && !states.isEmpty()) ? states : List.of(ObligationState.OPEN, ObligationState.OVERDUE);
	}

	private static long millis(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("The cursor is not valid for this list.");
		}
	}

	/**
	 * A page of obligations and how many match in all (named like the schema type, which
	 * Spring for GraphQL passes through as a connection).
	 *
	 * @param connection the page
	 * @param totalCount all matching obligations
	 */
	public record ObligationConnection(Connection<Obligation> connection, long totalCount) {

		public List<Connection.Edge<Obligation>> edges() {
			return this.connection.edges();
		}

		public PageInfo pageInfo() {
			return this.connection.pageInfo();
		}

	}

	/**
	 * The outcome of completing a task by hand.
	 *
	 * @param obligation the obligation after it, null when refused
	 * @param errors why it was refused
	 */
	public record ObligationResult(@Nullable Obligation obligation, List<UserError> errors) {

		static ObligationResult failed(UserError error) {
			return new ObligationResult(null, List.of(error));
		}

	}

	/**
	 * The outcome of waiving.
	 *
	 * @param obligation the obligation after it, null when refused
	 * @param errors why it was refused
	 */
	public record WaiveResult(@Nullable Obligation obligation, List<UserError> errors) {

		static WaiveResult failed(UserError error) {
			return new WaiveResult(null, List.of(error));
		}

	}

}
