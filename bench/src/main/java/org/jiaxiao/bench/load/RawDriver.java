package org.jiaxiao.bench.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.jiaxiao.bench.app.RoundTrips;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.max;
import static com.mongodb.client.model.Updates.push;

/**
 * The floor: each screen's data read or written with the plain MongoDB driver in this
 * JVM, with the fewest round trips that produce it and the caller's scope in the query,
 * no HTTP, no token, no mapping to records, no JSON. GraphQL is compared with it to show
 * what the whole stack costs; it is reported, never targeted.
 */
public final class RawDriver implements AutoCloseable {

	private final MongoClient client;

	private final MongoDatabase db;

	private final RoundTrips roundTrips = new RoundTrips();

	public RawDriver(ConnectionString uri) {
		this.client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(uri)
			.addCommandListener(this.roundTrips)
			.applyToConnectionPoolSettings((pool) -> pool.maxSize(100))
			.build());
		this.db = this.client.getDatabase((uri.getDatabase() != null) ? uri.getDatabase() : "test");
	}

	public RoundTrips roundTrips() {
		return this.roundTrips;
	}

	/**
	 * Roster: the class, its homeroom teacher, one page of students with their focus
	 * categories, and the open tasks the teacher sees of those students (own, or of the
	 * class overseen), only their student ids: 4 round trips. No audit event: the floor
	 * leaves out what the app adds for privacy.
	 */
	public int roster(String schoolId, String classId, String teacherId, int first) {
		Document schoolClass = this.db.getCollection("classes")
			.find(and(eq("_id", classId), scope(schoolId, classId, "_id")))
			.first();
		if (schoolClass == null) {
			throw new IllegalStateException("No class " + classId);
		}
		this.db.getCollection("staff").find(eq("_id", schoolClass.getString("homeroomTeacherId"))).first();
		List<Document> rows = this.db.getCollection("students")
			.find(and(eq("classId", classId), scope(schoolId, classId, "classId")))
			.projection(include("studentNo", "name", "lastContactAt", "contactCounts", "focusCategories"))
			.sort(ascending("studentNo"))
			.limit(first + 1)
			.into(new ArrayList<>());
		List<String> ids = rows.stream().map((row) -> row.getString("_id")).toList();
		this.db.getCollection("obligations")
			.find(and(in("studentIds", ids), in("state", List.of("OPEN", "OVERDUE")),
					or(eq("ownerId", teacherId), scope(schoolId, classId, "classId"))))
			.projection(include("studentIds"))
			.into(new ArrayList<>());
		return rows.size();
	}

	/**
	 * A timeline page: the student's embedded timeline in one read, sorted and cut in
	 * Java as the app does, then the authors: 2 round trips.
	 */
	public int timeline(String schoolId, String classId, String studentId, int first, long afterMillis,
			String afterId) {
		Document student = this.db.getCollection("students")
			.find(and(eq("_id", studentId), scope(schoolId, classId, "classId")))
			.projection(include("timeline"))
			.first();
		if (student == null) {
			throw new IllegalStateException("No student " + studentId);
		}
		List<Document> page = student.getList("timeline", Document.class, List.of())
			.stream()
			.filter((entry) -> afterId.isEmpty() || before(entry, afterMillis, afterId))
			.sorted(Comparator.comparing((Document entry) -> entry.getDate("occurredAt"))
				.thenComparing((entry) -> entry.getString("_id"))
				.reversed())
			.limit(first + 1L)
			.toList();
		List<String> authors = page.stream().map((entry) -> entry.getString("authorId")).distinct().toList();
		this.db.getCollection("staff").find(in("_id", authors)).into(new ArrayList<>());
		return page.size();
	}

	/**
	 * Records a contact: the student (visible, household), the household, the idempotency
	 * claim and the guarded {@code $push} with counters: 4 round trips.
	 */
	public void record(String schoolId, String classId, String studentId, Document contact, String schoolYear,
			String idempotencyKey) {
		MongoCollection<Document> students = this.db.getCollection("students");
		Document student = students.find(and(in("_id", List.of(studentId)), scope(schoolId, classId, "classId")))
			.projection(include("householdId"))
			.first();
		if (student == null) {
			throw new IllegalStateException("No student " + studentId);
		}
		this.db.getCollection("households").find(eq("_id", student.getString("householdId"))).first();
		this.db.getCollection("idempotency_keys")
			.insertOne(new Document("_id", "raw:" + idempotencyKey).append("resultId", contact.getString("_id"))
				.append("createdAt", new Date()));
		Instant occurredAt = contact.getDate("occurredAt").toInstant();
		students.updateOne(and(eq("_id", studentId), ne("timeline._id", contact.getString("_id"))),
				combine(push("timeline", contact), max("lastContactAt", Date.from(occurredAt)),
						inc("contactCounts." + schoolYear, 1)));
	}

	/**
	 * A grade's contacts of one kind, newest first: the students' timelines unwound in
	 * one aggregation, one row per contact: 1 round trip.
	 */
	public int gradeContacts(String schoolId, int grade, String kind, int first) {
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document("schoolId", schoolId).append("grade", grade)
							.append("$or", List.of(new Document("grade", new Document("$in", List.of(grade)))))),
				new Document("$project", new Document("timeline", 1)), new Document("$unwind", "$timeline"),
				new Document("$match", new Document("timeline._class", "contact").append("timeline.kind", kind)),
				new Document("$sort", new Document("timeline.occurredAt", -1).append("timeline._id", -1)),
				new Document("$group",
						new Document("_id", "$timeline._id").append("entry", new Document("$first", "$timeline"))),
				new Document("$sort", new Document("entry.occurredAt", -1).append("_id", -1)),
				new Document("$limit", first + 1));
		return this.db.getCollection("students").aggregate(pipeline).into(new ArrayList<>()).size();
	}

	/** What a homeroom teacher of one class may see, as the app's scope writes it. */
	private static Bson scope(String schoolId, String classId, String classField) {
		return and(eq("schoolId", schoolId), or(in(classField, List.of(classId))));
	}

	private static boolean before(Document entry, long millis, String id) {
		long entryMillis = entry.getDate("occurredAt").getTime();
		return entryMillis < millis || (entryMillis == millis && entry.getString("_id").compareTo(id) < 0);
	}

	@Override
	public void close() {
		this.client.close();
	}

}
