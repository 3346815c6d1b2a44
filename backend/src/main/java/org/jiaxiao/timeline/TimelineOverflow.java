package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.AccessScope;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps a student document under a byte budget. Each append adds the entry's size to the
 * document's {@code timelineBytes}; past the budget, the oldest entries move to
 * {@code timeline_overflow} (one document per entry) until the embedded timeline is back
 * at three quarters of it. Copy first (an upsert by id, so copying again adds nothing),
 * then one update pulls the copies and lowers the counter: a move cut off between the two
 * leaves an entry in both places, which pages show once, and the next move completes it.
 * The student keeps {@code overflowNewestAt}, the newest time moved, so a page that the
 * embedded entries fill with newer ones never reads the overflow.
 */
@Component
class TimelineOverflow {

	static final String COLLECTION = "timeline_overflow";

	private static final DocumentCodec CODEC = new DocumentCodec();

	private final MongoTemplate mongo;

	private final long budget;

	TimelineOverflow(MongoTemplate mongo, @Value("${jiaxiao.timeline.embedded-bytes:262144}") long budget) {
		this.mongo = mongo;
		this.budget = budget;
	}

	long budget() {
		return this.budget;
	}

	/** The size an entry (or an amendment) adds to a student document, as stored. */
	long sizeOf(Object entry) {
		Object stored = this.mongo.getConverter().convertToMongoType(entry);
		return (stored instanceof Document document) ? bytes(document) : 0;
	}

	/** Sheds a student's oldest entries if an amendment took the document over budget. */
	void shedIfOver(String studentId) {
		Query query = Query.query(where("_id").is(studentId));
		query.fields().include("timelineBytes");
		Document student = this.mongo.findOne(query, Document.class, "students");
		if (student != null && over((Number) student.get("timelineBytes"))) {
			shed(studentId);
		}
	}

	/** Whether a counter read back after an append asks for a move. */
	boolean over(@Nullable Number timelineBytes) {
		return timelineBytes != null && timelineBytes.longValue() > this.budget;
	}

	/**
	 * Moves the oldest entries of a student out until the embedded ones fit three
	 * quarters of the budget; the counter is set from the sizes measured here, so a
	 * counter that drifted (documents written before it existed) is corrected too.
	 */
	void shed(String studentId) {
		Query query = Query.query(where("_id").is(studentId));
		query.fields().include("timeline").include("timelineBytes");
		Document student = this.mongo.findOne(query, Document.class, "students");
		if (student == null) {
			return;
		}
		List<Document> embedded = student.getList("timeline", Document.class, List.of());
		long total = embedded.stream().mapToLong(TimelineOverflow::bytes).sum();
		List<Document> oldestFirst = new ArrayList<>(embedded);
		oldestFirst.sort(Comparator.comparing((Document entry) -> entry.getDate("occurredAt"))
			.thenComparing((entry) -> entry.getString("_id")));
		long keep = total;
		List<Document> moving = new ArrayList<>();
		for (Document entry : oldestFirst) {
			if (keep <= this.budget * 3 / 4 || moving.size() == oldestFirst.size() - 1) {
				break;
			}
			moving.add(entry);
			keep -= bytes(entry);
		}
		long seen = (student.get("timelineBytes") instanceof Number counter) ? counter.longValue() : 0;
		Update update = new Update().inc("timelineBytes", keep - seen);
		if (!moving.isEmpty()) {
			copy(studentId, moving);
			update
				.pull("timeline",
						new Document("_id",
								new Document("$in", moving.stream().map((e) -> e.getString("_id")).toList())))
				.max("overflowNewestAt", moving.get(moving.size() - 1).getDate("occurredAt"));
		}
		this.mongo.updateFirst(query, update, "students");
	}

	private void copy(String studentId, List<Document> entries) {
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, COLLECTION);
		for (Document entry : entries) {
			String entryId = entry.getString("_id");
			bulk.upsert(Query.query(where("_id").is(studentId + ":" + entryId)),
					new Update().set("studentId", studentId)
						.set("entryId", entryId)
						.set("occurredAt", entry.getDate("occurredAt"))
						.set("entry", entry));
		}
		bulk.execute();
	}

	/**
	 * Up to {@code size + 1} overflowed entries of these students that the filter keeps,
	 * newest first, from the cursor's time on: a page reads a few small documents through
	 * the index, however many there are.
	 */
	List<TimelineEntry> page(Collection<String> studentIds, @Nullable Instant notAfter, int size,
			Predicate<TimelineEntry> filter) {
		List<TimelineEntry> kept = new ArrayList<>();
		Instant before = notAfter;
		Set<String> boundary = Set.of();
		// A page's worth at a time: one read unless a filter drops entries.
		int batchSize = size + 1;
		while (kept.size() <= size) {
			Criteria criteria = where("studentId").in(studentIds);
			if (before != null) {
				criteria = criteria.and("occurredAt").lte(before);
			}
			Query query = Query.query(criteria)
				.with(Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("entryId")))
				.limit(batchSize + boundary.size());
			List<OverflowEntry> batch = this.mongo.find(query, OverflowEntry.class);
			Set<String> seen = boundary;
			batch.stream()
				.map(OverflowEntry::entry)
				.filter((entry) -> !seen.contains(entry.id()))
				.filter(filter)
				.forEach(kept::add);
			if (batch.size() < batchSize + boundary.size()) {
				return kept;
			}
			// The next batch starts at the last time read; entries read at that time
			// are skipped there.
			Instant last = batch.get(batch.size() - 1).occurredAt();
			boundary = batch.stream()
				.filter((entry) -> entry.occurredAt().equals(last))
				.map(OverflowEntry::entryId)
				.collect(Collectors.toSet());
			before = last;
		}
		return kept;
	}

	/** Every overflowed entry of a student, for a family's export. */
	List<TimelineEntry> all(String studentId) {
		return this.mongo.find(Query.query(where("studentId").is(studentId)), OverflowEntry.class)
			.stream()
			.map(OverflowEntry::entry)
			.toList();
	}

	/** Overflowed entries by id, of students the scope may see. */
	Map<String, TimelineEntry> byIds(Collection<String> entryIds, AccessScope scope) {
		if (entryIds.isEmpty() || scope.isEmpty()) {
			return Map.of();
		}
		List<OverflowEntry> found = this.mongo.find(Query.query(where("entryId").in(entryIds)), OverflowEntry.class);
		if (found.isEmpty()) {
			return Map.of();
		}
		Query visible = Query.query(new Criteria().andOperator(
				where("_id").in(found.stream().map(OverflowEntry::studentId).distinct().toList()), scope.students()));
		visible.fields().include("_id");
		Set<String> students = this.mongo.find(visible, Document.class, "students")
			.stream()
			.map((student) -> student.getString("_id"))
			.collect(Collectors.toSet());
		return found.stream()
			.filter((entry) -> students.contains(entry.studentId()))
			.collect(Collectors.toMap(OverflowEntry::entryId, OverflowEntry::entry, (a, b) -> a));
	}

	/** The ids of these students' overflowed entries. */
	List<String> entryIdsOf(List<String> studentIds) {
		Query query = Query.query(where("studentId").in(studentIds));
		query.fields().include("entryId");
		return this.mongo.find(query, Document.class, COLLECTION)
			.stream()
			.map((entry) -> entry.getString("entryId"))
			.toList();
	}

	/** Blanks the words of these students' overflowed entries, as on their timelines. */
	void anonymise(List<String> studentIds, String replacement) {
		this.mongo.updateMulti(Query.query(where("studentId").in(studentIds)),
				new Update().set("entry.summary", replacement)
					.set("entry.guardiansMet", List.of())
					.unset("entry.details"),
				COLLECTION);
		this.mongo.updateMulti(
				Query.query(where("studentId").in(studentIds).and("entry._class").is("escalationUpdate")),
				new Update().set("entry.note", replacement), COLLECTION);
	}

	private static long bytes(Document document) {
		return new RawBsonDocument(document, CODEC).getByteBuffer().remaining();
	}

}
