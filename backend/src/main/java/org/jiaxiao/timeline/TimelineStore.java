package org.jiaxiao.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.AccessScope;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.platform.mongo.ElementMatch;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads and changes the timelines embedded in {@code students} documents. Each change is
 * one atomic update of one document, guarded so that running it again changes nothing: a
 * change to a shared contact is a series of such steps, safe to re-run after a crash,
 * with no transaction needed. Counters move in the same update as the entry.
 */
@Component
class TimelineStore {

	private final MongoTemplate mongo;

	private final TimelineOverflow overflow;

	TimelineStore(MongoTemplate mongo, TimelineOverflow overflow) {
		this.mongo = mongo;
		this.overflow = overflow;
	}

	/**
	 * Appends an entry to one student's timeline unless it is already there; a document
	 * that grows past its budget then sheds its oldest entries to the overflow.
	 */
	boolean append(String studentId, TimelineEntry entry, ZoneId schoolZone) {
		Query query = notYetThere(studentId, entry);
		query.fields().include("timelineBytes");
		Document after = this.mongo.findAndModify(query, appendUpdate(entry, schoolZone),
				FindAndModifyOptions.options().returnNew(true), Document.class, "students");
		if (after == null) {
			return false;
		}
		if (this.overflow.over((Number) after.get("timelineBytes"))) {
			this.overflow.shed(studentId);
		}
		return true;
	}

	/**
	 * The same guarded appends as {@link #append}, one per student of each entry, sent as
	 * one ordered bulk write: a history import costs a few round trips, not one per
	 * entry.
	 * @return how many appends changed a timeline (already present ones do not)
	 */
	int appendAll(List<? extends TimelineEntry> entries, ZoneId schoolZone) {
		if (entries.isEmpty()) {
			return 0;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.ORDERED, StudentTimeline.class);
		Set<String> students = new HashSet<>();
		for (TimelineEntry entry : entries) {
			for (String studentId : entry.studentIds()) {
				bulk.updateOne(notYetThere(studentId, entry), appendUpdate(entry, schoolZone));
				students.add(studentId);
			}
		}
		int appended = bulk.execute().getModifiedCount();
		Query grown = Query.query(where("_id").in(students).and("timelineBytes").gt(this.overflow.budget()));
		grown.fields().include("_id");
		for (Document student : this.mongo.find(grown, Document.class, "students")) {
			this.overflow.shed(student.getString("_id"));
		}
		return appended;
	}

	/**
	 * Applies an amendment to one student's copy of a contact if that copy is still at
	 * {@code expectedVersion}; counters follow a change of form or school year.
	 * @return whether this copy changed
	 */
	boolean amend(String studentId, Contact before, Map<String, @Nullable Object> changes, Amendment amendment,
			Contact after, ZoneId zone) {
		Query atVersion = Query.query(where("_id").is(studentId)
			.and("timeline")
			.elemMatch(ElementMatch.allOf(where("_id").is(before.id()), where("version").is(before.version()))));
		Update update = new Update();
		changes.forEach((field, value) -> update.set("timeline.$[entry]." + field, value));
		update.inc("timeline.$[entry].version", 1).push("timeline.$[entry].amendments", amendment);
		// An amendment keeps the values it replaced, so the document grows by more than
		// the change.
		update.inc("timelineBytes",
				this.overflow.sizeOf(after) - this.overflow.sizeOf(before) + this.overflow.sizeOf(amendment));
		countersMove(update, before, after, zone);
		update.filterArray(where("entry._id").is(before.id()));
		if (this.mongo.updateFirst(atVersion, update, StudentTimeline.class).getModifiedCount() == 1) {
			refreshLastContact(studentId);
			this.overflow.shedIfOver(studentId);
			return true;
		}
		return false;
	}

	/** Withdraws an entry from one timeline once; a contact stops counting. */
	boolean retract(String studentId, TimelineEntry entry, Retraction retraction, ZoneId zone) {
		Query notYetRetracted = Query.query(where("_id").is(studentId)
			.and("timeline")
			.elemMatch(ElementMatch.allOf(where("_id").is(entry.id()), where("retraction").is(null))));
		Update update = new Update().set("timeline.$[entry].retraction", retraction)
			.filterArray(where("entry._id").is(entry.id()));
		if (entry instanceof Contact contact) {
			apply(update, counts(contact, zone, -1));
		}
		boolean changed = this.mongo.updateFirst(notYetRetracted, update, StudentTimeline.class)
			.getModifiedCount() == 1;
		if (changed) {
			refreshLastContact(studentId);
		}
		return changed;
	}

	/** Links an incident to the contact that answered it, on each student's copy. */
	void linkIncident(List<String> studentIds, String incidentId, String contactId) {
		this.mongo.updateMulti(Query.query(where("_id").in(studentIds).and("timeline._id").is(incidentId)),
				new Update().set("timeline.$[entry].answeredById", contactId)
					.filterArray(where("entry._id").is(incidentId)),
				StudentTimeline.class);
	}

	/** The same link, only on copies where the incident is not answered yet. */
	void linkIncidentIfUnanswered(List<String> studentIds, String incidentId, String contactId) {
		this.mongo.updateMulti(
				Query.query(where("_id").in(studentIds)
					.and("timeline")
					.elemMatch(ElementMatch.allOf(where("_id").is(incidentId), where("answeredById").is(null)))),
				new Update().set("timeline.$[entry].answeredById", contactId)
					.filterArray(where("entry._id").is(incidentId)),
				StudentTimeline.class);
	}

	/** The entries of a student the scope may see, live only; empty when not visible. */
	Optional<List<TimelineEntry>> entries(String studentId, AccessScope scope) {
		return timeline(studentId, scope).map(StudentTimeline::entries);
	}

	/**
	 * The embedded timeline of a student the scope may see, with the mark of what
	 * overflowed.
	 */
	Optional<StudentTimeline> timeline(String studentId, AccessScope scope) {
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		Query query = Query.query(new Criteria().andOperator(where("_id").is(studentId), scope.students()));
		query.fields().include("timeline").include("overflowNewestAt");
		return Optional.ofNullable(this.mongo.findOne(query, StudentTimeline.class));
	}

	/** The live timelines of several students the scope may see, by student id. */
	Map<String, List<TimelineEntry>> entriesOf(List<String> studentIds, AccessScope scope) {
		Map<String, List<TimelineEntry>> entries = new java.util.HashMap<>();
		timelinesOf(studentIds, scope).forEach((id, timeline) -> entries.put(id, timeline.entries()));
		return entries;
	}

	/** The embedded timelines of several students the scope may see, by student id. */
	Map<String, StudentTimeline> timelinesOf(List<String> studentIds, AccessScope scope) {
		if (scope.isEmpty() || studentIds.isEmpty()) {
			return Map.of();
		}
		Query query = Query.query(new Criteria().andOperator(where("_id").in(studentIds), scope.students()));
		query.fields().include("timeline").include("overflowNewestAt");
		return this.mongo.find(query, StudentTimeline.class)
			.stream()
			.collect(Collectors.toMap(StudentTimeline::id, (timeline) -> timeline));
	}

	/**
	 * The embedded timelines of students the scope may see, for a page after a cursor:
	 * only the entries not newer than the cursor's time leave the database
	 * ({@code $filter} in a projection, which both MongoDB and the embedded server run),
	 * so a later page does not carry the newer entries the earlier pages already showed.
	 */
	Map<String, StudentTimeline> timelinesOf(List<String> studentIds, AccessScope scope, @Nullable Instant notAfter) {
		if (notAfter == null || scope.isEmpty() || studentIds.isEmpty()) {
			return timelinesOf(studentIds, scope);
		}
		Criteria visible = new Criteria().andOperator(where("_id").in(studentIds), scope.students());
		Document olderOnly = new Document("$filter", new Document("input", "$timeline").append("as", "entry")
			.append("cond", new Document("$lte", List.of("$$entry.occurredAt", Date.from(notAfter)))));
		AggregationOperation project = (context) -> new Document("$project",
				new Document("timeline", olderOnly).append("overflowNewestAt", 1));
		return this.mongo
			.aggregate(Aggregation.newAggregation(Aggregation.match(visible), project), "students",
					StudentTimeline.class)
			.getMappedResults()
			.stream()
			.collect(Collectors.toMap(StudentTimeline::id, (timeline) -> timeline));
	}

	/** An entry as stored on any visible student's timeline. */
	Optional<TimelineEntry> entry(String entryId, AccessScope scope) {
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		Query query = Query.query(new Criteria().andOperator(where("timeline._id").is(entryId), scope.students()));
		query.fields().include("timeline");
		StudentTimeline found = this.mongo.findOne(query, StudentTimeline.class);
		if (found == null) {
			return Optional.ofNullable(this.overflow.byIds(List.of(entryId), scope).get(entryId));
		}
		return found.entries().stream().filter((entry) -> entry.id().equals(entryId)).findFirst();
	}

	/**
	 * Entries by id, each as stored on some visible student's timeline: one query for
	 * many.
	 */
	Map<String, TimelineEntry> entriesByIds(Collection<String> entryIds, AccessScope scope) {
		if (scope.isEmpty() || entryIds.isEmpty()) {
			return Map.of();
		}
		Query query = Query.query(new Criteria().andOperator(where("timeline._id").in(entryIds), scope.students()));
		query.fields().include("timeline");
		Map<String, TimelineEntry> found = new java.util.HashMap<>();
		for (StudentTimeline student : this.mongo.find(query, StudentTimeline.class)) {
			student.entries()
				.stream()
				.filter((entry) -> entryIds.contains(entry.id()))
				.forEach((entry) -> found.putIfAbsent(entry.id(), entry));
		}
		List<String> missing = entryIds.stream().filter((id) -> !found.containsKey(id)).toList();
		found.putAll(this.overflow.byIds(missing, scope));
		return found;
	}

	/** A contact as stored on any visible student's timeline. */
	Optional<Contact> contact(String contactId, AccessScope scope) {
		return entry(contactId, scope).filter(Contact.class::isInstance).map(Contact.class::cast);
	}

	/**
	 * A contact as stored on one known student's timeline: found by the student's id, so
	 * no index on {@code timeline._id} is needed (there is none, and the embedded server
	 * would scan every student for it).
	 */
	Optional<Contact> contactOf(String studentId, String contactId, AccessScope scope) {
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		Query query = Query.query(new Criteria()
			.andOperator(where("_id").is(studentId).and("timeline._id").is(contactId), scope.students()));
		query.fields().include("timeline");
		StudentTimeline found = this.mongo.findOne(query, StudentTimeline.class);
		if (found == null) {
			return Optional.empty();
		}
		return found.entries()
			.stream()
			.filter((entry) -> entry.id().equals(contactId) && entry instanceof Contact)
			.map(Contact.class::cast)
			.findFirst();
	}

	/**
	 * Blanks the words of every entry on these students' timelines (summary, guardians'
	 * names, an escalation step's note) while the entries themselves stay, so counts and
	 * dates still add up.
	 */
	void anonymise(List<String> studentIds, String replacement) {
		this.mongo.updateMulti(Query.query(where("_id").in(studentIds).and("timeline").exists(true)),
				new Update().set("timeline.$[].summary", replacement)
					.set("timeline.$[].guardiansMet", List.of())
					.unset("timeline.$[].details"),
				StudentTimeline.class);
		// An escalation's step may carry its outcome in words.
		this.mongo.updateMulti(Query.query(where("_id").in(studentIds).and("timeline._class").is("escalationUpdate")),
				new Update().set("timeline.$[update].note", replacement)
					.filterArray(where("update._class").is("escalationUpdate")),
				StudentTimeline.class);
		this.overflow.anonymise(studentIds, replacement);
	}

	/**
	 * Sets the last-contact time from the entries that still count. Compare-and-set on
	 * the old value, so a contact appended meanwhile is never hidden by a stale figure.
	 */
	private void refreshLastContact(String studentId) {
		for (int attempt = 0; attempt < 5; attempt++) {
			StudentTimeline stored = this.mongo.findById(studentId, StudentTimeline.class);
			if (stored == null) {
				return;
			}
			Instant latest = stored.entries()
				.stream()
				.filter((entry) -> entry instanceof Contact && !entry.retracted())
				.map(TimelineEntry::occurredAt)
				.max(Comparator.naturalOrder())
				.orElse(null);
			if (Objects.equals(latest, stored.lastContactAt())) {
				return;
			}
			Query unchanged = Query.query(where("_id").is(studentId).and("lastContactAt").is(stored.lastContactAt()));
			Update set = (latest != null) ? new Update().set("lastContactAt", latest)
					: new Update().unset("lastContactAt");
			if (this.mongo.updateFirst(unchanged, set, StudentTimeline.class).getModifiedCount() == 1) {
				return;
			}
		}
	}

	/** Matches the student only while the entry is not on the timeline yet. */
	private static Query notYetThere(String studentId, TimelineEntry entry) {
		return Query.query(where("_id").is(studentId).and("timeline._id").ne(entry.id()));
	}

	/** Pushes the entry and moves the counters together, in one atomic update. */
	private Update appendUpdate(TimelineEntry entry, ZoneId schoolZone) {
		Update update = new Update().push("timeline", entry).inc("timelineBytes", this.overflow.sizeOf(entry));
		if (entry instanceof Contact contact && !contact.retracted()) {
			update.max("lastContactAt", contact.occurredAt());
			apply(update, counts(contact, schoolZone, 1));
		}
		return update;
	}

	/** Contacts and home visits per school year (key: the year it starts). */
	private static Map<String, Integer> counts(Contact contact, ZoneId zone, int delta) {
		Map<String, Integer> deltas = new TreeMap<>();
		int schoolYear = SchoolYears.of(contact.occurredAt(), zone);
		deltas.put("contactCounts." + schoolYear, delta);
		if (contact.form() == ContactForm.HOME_VISIT) {
			deltas.put("homeVisitCounts." + schoolYear, delta);
		}
		return deltas;
	}

	/**
	 * An amendment that moves a contact to another school year or in or out of home
	 * visits.
	 */
	private static void countersMove(Update update, Contact before, Contact after, ZoneId zone) {
		if (before.retracted()) {
			return;
		}
		Map<String, Integer> deltas = new TreeMap<>(counts(before, zone, -1));
		counts(after, zone, 1).forEach((key, delta) -> deltas.merge(key, delta, Integer::sum));
		apply(update, deltas);
	}

	private static void apply(Update update, Map<String, Integer> deltas) {
		deltas.forEach((key, delta) -> {
			if (delta != 0) {
				update.inc(key, delta);
			}
		});
	}

}
