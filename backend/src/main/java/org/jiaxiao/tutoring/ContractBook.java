package org.jiaxiao.tutoring;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Writes contracts: a consultant (or the campus's supervisor or director) records a new
 * one for a student they see; the learning manager records the first lesson and the
 * lessons given. Each write is one guarded single-document operation, is audited, and
 * publishes a {@link ContractEvent} for the onboarding tasks.
 */
@Service
public class ContractBook {

	private static final Set<StaffRole> SIGNERS = Set.of(StaffRole.CONSULTANT, StaffRole.SUPERVISOR,
			StaffRole.CAMPUS_DIRECTOR);

	private static final Set<StaffRole> LEADS = Set.of(StaffRole.SUPERVISOR, StaffRole.CAMPUS_DIRECTOR);

	private final MongoTemplate mongo;

	private final DirectoryService directory;

	private final Contracts contracts;

	private final IdempotencyKeys idempotencyKeys;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContractBook(MongoTemplate mongo, DirectoryService directory, Contracts contracts, IdempotencyKeys idempotencyKeys,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.directory = directory;
		this.contracts = contracts;
		this.idempotencyKeys = idempotencyKeys;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Records a new contract; the onboarding tasks follow from its event. */
	public ContractResult record(StaffMember viewer, RecordContractInput input) {
		if (viewer.roles().stream().noneMatch(SIGNERS::contains)) {
			throw new ForbiddenException("Only consultants, supervisors and campus directors record contracts.");
		}
		ZoneId zone = this.directory.school(viewer.schoolId()).zone();
		Instant now = this.clock.instant();
		List<UserError> errors = new ArrayList<>(ContractRules.check(input, now.atZone(zone).toLocalDate(), zone));
		Optional<Student> student = this.directory.visibleStudent(viewer, input.studentId());
		if (student.isEmpty()) {
			errors.add(UserError.of(UserErrorCode.NOT_FOUND, "studentId", "找不到该学生，或您无权查看。"));
			return ContractResult.failed(errors);
		}
		String consultantId = consultant(viewer, input.consultantId(), errors);
		String managerId = learningManager(viewer, student.get(), input.learningManagerId(), errors);
		if (!errors.isEmpty()) {
			return ContractResult.failed(errors);
		}
		List<String> subjects = input.subjects().stream().map(String::strip).distinct().toList();
		Instant firstLessonAt = millis(input.firstLessonAt());
		String newId = Ids.newId("ctr");
		String id = newId;
		if (input.idempotencyKey() != null) {
			String canonical = String.join("|", "contract", input.studentId(), input.signedOn().toString(),
					consultantId, managerId, String.join(",", subjects), String.valueOf(input.lessonsBought()),
					String.valueOf(firstLessonAt));
			var claim = this.idempotencyKeys.claim(viewer.id(), input.idempotencyKey(), canonical, () -> newId);
			if (claim.conflicting()) {
				return ContractResult
					.failed(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一份不同的合同。"));
			}
			id = claim.resultId();
		}
		TutoringContract contract = new TutoringContract(id, viewer.schoolId(), input.studentId(), input.signedOn(),
				consultantId, managerId, subjects, input.lessonsBought(), 0, firstLessonAt, ContractState.ACTIVE);
		TutoringContract stored;
		try {
			stored = this.mongo.insert(contract);
		}
		catch (DuplicateKeyException ex) {
			// A retry of a request that stored it already: complete what may be missing.
			stored = this.mongo.findById(id, TutoringContract.class);
			if (stored == null) {
				throw new IllegalStateException("Contract " + id + " vanished after a duplicate key", ex);
			}
		}
		this.audit.record(viewer.id(), viewer.schoolId(), "recordContract", AuditEvent.Kind.WRITE, List.of("contract"),
				List.of(stored.studentId()), List.of());
		this.events.publishEvent(new ContractEvent.Recorded(stored));
		return ContractResult.stored(stored);
	}

	/**
	 * Records the first lesson and the lessons given: the contract's learning manager, or
	 * the campus's supervisor or director.
	 */
	public ContractResult updateProgress(StaffMember viewer, UpdateContractProgressInput input) {
		if (!viewer.hasRole(StaffRole.LEARNING_MANAGER) && viewer.roles().stream().noneMatch(LEADS::contains)) {
			throw new ForbiddenException("Only learning managers, supervisors and campus directors record progress.");
		}
		Optional<TutoringContract> found = this.contracts.visible(viewer, input.contractId());
		if (found.isEmpty()) {
			return ContractResult.failed(UserError.of(UserErrorCode.NOT_FOUND, "contractId", "找不到该合同，或您无权查看。"));
		}
		TutoringContract contract = found.get();
		if (viewer.roles().stream().noneMatch(LEADS::contains) && !viewer.id().equals(contract.learningManagerId())) {
			return ContractResult.failed(UserError.of(UserErrorCode.NOT_ALLOWED, "contractId", "只有该合同的学管师或主管可以更新进度。"));
		}
		ZoneId zone = this.directory.school(contract.schoolId()).zone();
		List<UserError> errors = ContractRules.check(input, contract, zone);
		if (!errors.isEmpty()) {
			return ContractResult.failed(errors);
		}
		Instant firstLessonAt = millis(input.firstLessonAt());
		if (input.idempotencyKey() != null) {
			String canonical = String.join("|", "progress", contract.id(), String.valueOf(input.expectedVersion()),
					String.valueOf(firstLessonAt), String.valueOf(input.lessonsGiven()));
			var claim = this.idempotencyKeys.claim(viewer.id(), input.idempotencyKey(), canonical, contract::id);
			if (claim.conflicting()) {
				return ContractResult
					.failed(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一次不同的更新。"));
			}
			if (claim.replay() && contract.version() > input.expectedVersion()) {
				this.events.publishEvent(new ContractEvent.ProgressUpdated(contract));
				return ContractResult.stored(contract);
			}
		}
		if (contract.state() != ContractState.ACTIVE) {
			return ContractResult.failed(UserError.of(UserErrorCode.NOT_ALLOWED, "contractId", "合同已不在履行中，不能更新进度。"));
		}
		if (contract.version() != input.expectedVersion()) {
			return conflict();
		}
		Update update = new Update().inc("version", 1);
		if (firstLessonAt != null) {
			update.set("firstLessonAt", firstLessonAt);
		}
		if (input.lessonsGiven() != null) {
			update.set("lessonsGiven", input.lessonsGiven());
		}
		Query unchanged = Query.query(where("_id").is(contract.id())
			.and("version")
			.is(input.expectedVersion())
			.and("state")
			.is(ContractState.ACTIVE));
		if (this.mongo.updateFirst(unchanged, update, TutoringContract.class).getModifiedCount() == 0) {
			return conflict();
		}
		TutoringContract stored = this.mongo.findById(contract.id(), TutoringContract.class);
		if (stored == null) {
			throw new IllegalStateException("Contract " + contract.id() + " vanished after an update");
		}
		this.audit.record(viewer.id(), viewer.schoolId(), "updateContractProgress", AuditEvent.Kind.WRITE,
				List.of("contract.progress"), List.of(stored.studentId()), List.of());
		this.events.publishEvent(new ContractEvent.ProgressUpdated(stored));
		return ContractResult.stored(stored);
	}

	/**
	 * The campus's consultants and learning managers, to choose from when recording a
	 * contract; for those who record contracts only.
	 */
	public ContractStaff staff(StaffMember viewer) {
		if (viewer.roles().stream().noneMatch(SIGNERS::contains)) {
			throw new ForbiddenException("Only consultants, supervisors and campus directors record contracts.");
		}
		return new ContractStaff(this.directory.colleaguesWithRole(viewer, StaffRole.CONSULTANT),
				this.directory.colleaguesWithRole(viewer, StaffRole.LEARNING_MANAGER));
	}

	/** The consultant named, or the caller when a consultant; refused otherwise. */
	private @Nullable String consultant(StaffMember viewer, @Nullable String requested, List<UserError> errors) {
		String id = (requested != null) ? requested : (viewer.hasRole(StaffRole.CONSULTANT) ? viewer.id() : null);
		if (id == null) {
			errors.add(UserError.of(UserErrorCode.REQUIRED, "consultantId", "请选择签约的咨询师。"));
			return null;
		}
		if (this.directory.colleague(viewer, id).filter((staff) -> staff.hasRole(StaffRole.CONSULTANT)).isEmpty()) {
			errors.add(UserError.of(UserErrorCode.NOT_FOUND, "consultantId", "本校区没有该咨询师。"));
			return null;
		}
		return id;
	}

	/**
	 * The learning manager named, or the one of the student's group; they must look after
	 * the student's group, or they could not see the tasks the contract creates.
	 */
	private @Nullable String learningManager(StaffMember viewer, Student student, @Nullable String requested,
			List<UserError> errors) {
		String id = (requested != null) ? requested
				: this.directory.classesByIds(List.of(student.classId()))
					.stream()
					.map(SchoolClass::homeroomTeacherId)
					.findFirst()
					.orElse(null);
		if (id == null) {
			errors.add(UserError.of(UserErrorCode.REQUIRED, "learningManagerId", "请选择负责的学管师。"));
			return null;
		}
		Optional<StaffMember> manager = this.directory.colleague(viewer, id)
			.filter((staff) -> staff.hasRole(StaffRole.LEARNING_MANAGER));
		if (manager.isEmpty()) {
			errors.add(UserError.of(UserErrorCode.NOT_FOUND, "learningManagerId", "本校区没有该学管师。"));
			return null;
		}
		if (this.directory.visibleStudent(manager.get(), student.id()).isEmpty()) {
			errors.add(UserError.of(UserErrorCode.NOT_ALLOWED, "learningManagerId", "该学管师不负责该学生所在的组。"));
			return null;
		}
		return id;
	}

	/** As stored: MongoDB keeps milliseconds, and the event must carry what is stored. */
	private static @Nullable Instant millis(@Nullable OffsetDateTime at) {
		return (at != null) ? at.toInstant().truncatedTo(ChronoUnit.MILLIS) : null;
	}

	private static ContractResult conflict() {
		return ContractResult.failed(UserError.of(UserErrorCode.CONFLICT, "expectedVersion", "合同已被他人更新，请刷新后重试。"));
	}

	/**
	 * Who may sign and who may look after a new contract at a campus.
	 *
	 * @param consultants the consultants
	 * @param learningManagers the learning managers
	 */
	public record ContractStaff(List<StaffMember> consultants, List<StaffMember> learningManagers) {
	}

}
