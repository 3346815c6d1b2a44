package org.jiaxiao.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.platform.Ids;
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

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Records a class's meetings and reads them back: a class's list, newest first, and the
 * counts per class and kind over some days for compliance. Every read is by school and
 * class on the {@code school_class_held} index; the class itself was found through the
 * caller's scope.
 */
@Service
public class MeetingService {

	private static final String CURSOR = "meetings";

	private final MongoTemplate mongo;

	private final DirectoryService directory;

	private final IdempotencyKeys idempotencyKeys;

	private final AuditLog audit;

	private final Clock clock;

	MeetingService(MongoTemplate mongo, DirectoryService directory, IdempotencyKeys idempotencyKeys, AuditLog audit,
			Clock clock) {
		this.mongo = mongo;
		this.directory = directory;
		this.idempotencyKeys = idempotencyKeys;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether a staff member may record a class's meetings: its homeroom teacher, the
	 * grade's leader, the principal and 德育处.
	 */
	public static boolean mayRecord(StaffMember viewer, SchoolClass schoolClass) {
		if (!viewer.schoolId().equals(schoolClass.schoolId())) {
			return false;
		}
		return viewer.roles().stream().anyMatch(StaffRole::seesWholeSchool)
				|| (viewer.hasRole(StaffRole.GRADE_LEADER) && viewer.gradesLed().contains(schoolClass.grade()))
				|| viewer.assignments()
					.stream()
					.anyMatch((assignment) -> assignment.homeroom() && assignment.classId().equals(schoolClass.id()));
	}

	public MeetingResult record(StaffMember viewer, RecordMeetingInput input) {
		if (viewer.seesNoFamilyRecords() || viewer.scope().isEmpty()) {
			throw new ForbiddenException("Your role may not record meetings.");
		}
		LocalDate today = this.clock.instant().atZone(this.directory.school(viewer.schoolId()).zone()).toLocalDate();
		List<UserError> errors = new ArrayList<>(MeetingChecks.check(input, today));
		Optional<SchoolClass> found = this.directory.visibleClass(viewer, input.classId());
		if (found.isEmpty()) {
			errors.add(UserError.of(UserErrorCode.NOT_FOUND, "classId", "找不到该班级，或您无权查看。"));
		}
		else if (!mayRecord(viewer, found.get())) {
			errors.add(UserError.of(UserErrorCode.NOT_ALLOWED, "classId", "只有本班班主任、年级组长、校长和德育处可以记录本班的会议。"));
		}
		if (!errors.isEmpty()) {
			return MeetingResult.failed(errors);
		}
		SchoolClass schoolClass = found.get();
		String newId = Ids.newId("mtg");
		String id = newId;
		if (input.idempotencyKey() != null) {
			var claim = this.idempotencyKeys.claim(viewer.id(), input.idempotencyKey(), input.canonical(), () -> newId);
			if (claim.conflicting()) {
				return MeetingResult.failed(List
					.of(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一条不同的记录。")));
			}
			id = claim.resultId();
		}
		String minutes = (input.minutes() != null && !input.minutes().isBlank()) ? input.minutes().strip() : null;
		Meeting meeting = new Meeting(id, schoolClass.schoolId(), schoolClass.id(), schoolClass.grade(), input.kind(),
				input.heldOn(), input.topic().strip(), minutes, input.cleanResolutions(), input.attendeeCount(),
				viewer.id(), this.clock.instant());
		try {
			this.mongo.insert(meeting);
		}
		catch (DuplicateKeyException ex) {
			// A retry of a request that stored it already: the first one's record stands.
			Meeting stored = this.mongo.findById(id, Meeting.class);
			return MeetingResult.recorded((stored != null) ? stored : meeting);
		}
		this.audit.record(viewer.id(), viewer.schoolId(), "recordMeeting", AuditEvent.Kind.WRITE,
				List.of("meeting." + input.kind().name()), List.of(), List.of());
		return MeetingResult.recorded(meeting);
	}

	/**
	 * A page of a class's meetings, newest first, optionally between two days (both
	 * included) and of some kinds. The caller found the class through their scope.
	 */
	public MeetingConnection page(SchoolClass schoolClass, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable List<MeetingKind> kinds, @Nullable Integer first, @Nullable String after) {
		int size = Cursors.pageSize(first);
		Criteria criteria = where("schoolId").is(schoolClass.schoolId()).and("classId").is(schoolClass.id());
		if (from != null || to != null) {
			Criteria held = criteria.and("heldOn");
			if (from != null) {
				held.gte(from);
			}
			if (to != null) {
				held.lte(to);
			}
		}
		if (kinds != null && !kinds.isEmpty()) {
			criteria = criteria.and("kind").in(kinds);
		}
		long total = this.mongo.count(Query.query(criteria), Meeting.class);
		List<String> position = Cursors.decode(CURSOR, after, 2);
		Criteria paged = criteria;
		if (!position.isEmpty()) {
			LocalDate at = day(position.get(0));
			paged = new Criteria().andOperator(criteria, new Criteria().orOperator(where("heldOn").lt(at),
					where("heldOn").is(at).and("_id").lt(position.get(1))));
		}
		Query query = Query.query(paged)
			.with(Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("_id")))
			.limit(size + 1);
		List<Meeting> rows = this.mongo.find(query, Meeting.class);
		return new MeetingConnection(
				Connection.forward(rows, size, (row) -> Cursors.encode(CURSOR, row.heldOn().toString(), row.id())),
				total);
	}

	/** A meeting by id, when the caller sees its class. */
	public Optional<Meeting> visible(StaffMember viewer, String id) {
		if (viewer.seesNoFamilyRecords()) {
			return Optional.empty();
		}
		Meeting meeting = this.mongo.findOne(Query.query(where("_id").is(id).and("schoolId").is(viewer.schoolId())),
				Meeting.class);
		if (meeting == null || this.directory.visibleClass(viewer, meeting.classId()).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(meeting);
	}

	/**
	 * How many meetings of each kind each class held between two days (both included):
	 * one aggregation on the school–class–day index. Classes with none are absent.
	 */
	public Map<String, Map<MeetingKind, Integer>> countsByClass(String schoolId, Collection<String> classIds,
			LocalDate from, LocalDate to) {
		if (classIds.isEmpty() || to.isBefore(from)) {
			return Map.of();
		}
		// A typed aggregation maps the days as the documents were written.
		TypedAggregation<Meeting> aggregation = Aggregation.newAggregation(Meeting.class,
				Aggregation
					.match(where("schoolId").is(schoolId).and("classId").in(classIds).and("heldOn").gte(from).lte(to)),
				Aggregation.group("classId", "kind").count().as("n"));
		Map<String, Map<MeetingKind, Integer>> counts = new HashMap<>();
		for (Document row : this.mongo.aggregate(aggregation, Document.class).getMappedResults()) {
			Document key = row.get("_id", Document.class);
			counts.computeIfAbsent(key.getString("classId"), (classId) -> new EnumMap<>(MeetingKind.class))
				.put(MeetingKind.valueOf(key.getString("kind")), ((Number) row.get("n")).intValue());
		}
		return counts;
	}

	/** Stores seeded meetings (demo data); those whose id is stored already are kept. */
	public void seed(List<Meeting> meetings) {
		for (Meeting meeting : meetings) {
			try {
				this.mongo.insert(meeting);
			}
			catch (DuplicateKeyException ex) {
				// seeded before
			}
		}
	}

	private static LocalDate day(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("The cursor is not valid for this list.");
		}
	}

	/**
	 * A page of meetings and how many match in all.
	 *
	 * @param connection the page
	 * @param totalCount all matching meetings
	 */
	public record MeetingConnection(Connection<Meeting> connection, long totalCount) {

		public List<Connection.Edge<Meeting>> edges() {
			return this.connection.edges();
		}

		public PageInfo pageInfo() {
			return this.connection.pageInfo();
		}

	}

}
