package org.jiaxiao.timeline;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jiaxiao.directory.AccessScope;
import org.jiaxiao.directory.SchoolYears;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads and appends the timelines embedded in {@code students} documents. Each append is
 * one atomic update that pushes the entry and moves the counters together, guarded so
 * that running it again changes nothing: a multi-student contact is a series of such
 * steps, safe to re-run after a crash, with no transaction needed.
 */
@Component
class TimelineStore {

	private final MongoTemplate mongo;

	TimelineStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Appends a contact to one student's timeline unless it is already there. */
	boolean append(String studentId, Contact contact, ZoneId schoolZone) {
		return this.mongo
			.updateFirst(notYetThere(studentId, contact), appendUpdate(contact, schoolZone), StudentTimeline.class)
			.getModifiedCount() == 1;
	}

	/**
	 * The same guarded appends as {@link #append}, one per student of each contact, sent
	 * as one ordered bulk write: a history import costs a few round trips, not one per
	 * entry, and keeps the entries in the order given.
	 * @return how many appends changed a timeline (already present ones do not)
	 */
	int appendAll(List<Contact> contacts, ZoneId schoolZone) {
		if (contacts.isEmpty()) {
			return 0;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.ORDERED, StudentTimeline.class);
		for (Contact contact : contacts) {
			for (String studentId : contact.studentIds()) {
				bulk.updateOne(notYetThere(studentId, contact), appendUpdate(contact, schoolZone));
			}
		}
		return bulk.execute().getModifiedCount();
	}

	/**
	 * Blanks the words of every entry on these students' timelines (summary, guardians'
	 * names) while the entries themselves stay, so counts and dates still add up.
	 */
	void anonymise(List<String> studentIds, String replacement) {
		this.mongo.updateMulti(Query.query(where("_id").in(studentIds).and("timeline").exists(true)),
				new Update().set("timeline.$[].summary", replacement).set("timeline.$[].guardiansMet", List.of()),
				StudentTimeline.class);
	}

	/** Matches the student only while the entry is not on the timeline yet. */
	private static Query notYetThere(String studentId, Contact contact) {
		return Query.query(where("_id").is(studentId).and("timeline._id").ne(contact.id()));
	}

	/** Pushes the entry and moves the counters together, in one atomic update. */
	private static Update appendUpdate(Contact contact, ZoneId schoolZone) {
		int schoolYear = SchoolYears.of(contact.occurredAt(), schoolZone);
		return new Update().push("timeline", contact)
			.max("lastContactAt", contact.occurredAt())
			.inc("contactCounts." + schoolYear, 1);
	}

	/**
	 * The entries of a student the scope may see; empty when the student is not visible.
	 */
	Optional<List<TimelineEntry>> entries(String studentId, AccessScope scope) {
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		Query query = Query.query(new Criteria().andOperator(where("_id").is(studentId), scope.students()));
		query.fields().include("timeline");
		return Optional.ofNullable(this.mongo.findOne(query, StudentTimeline.class)).map(StudentTimeline::entries);
	}

	/** A contact as stored on any visible student's timeline. */
	Optional<Contact> contact(String contactId, AccessScope scope) {
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		Query query = Query.query(new Criteria().andOperator(where("timeline._id").is(contactId), scope.students()));
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

}
