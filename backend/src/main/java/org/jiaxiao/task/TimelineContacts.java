package org.jiaxiao.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.jiaxiao.timeline.Contact;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A task created after the contact that satisfies it (a contract recorded days after the
 * learning manager phoned the family, a week's follow-up the sweep creates after the
 * week's call): the student's live contacts since a time are read back with one
 * aggregation and offered to the same idempotent step the listener runs for a new
 * contact.
 */
@Component
class TimelineContacts {

	private final MongoTemplate mongo;

	private final ObligationWriter writer;

	TimelineContacts(MongoTemplate mongo, ObligationWriter writer) {
		this.mongo = mongo;
		this.writer = writer;
	}

	/**
	 * Lets the student's contacts that occurred after {@code since} satisfy open tasks.
	 * @return how many tasks they closed
	 */
	int satisfyWithContactsSince(String studentId, Instant since) {
		List<Document> pipeline = List.of(new Document("$match", new Document("_id", studentId)),
				new Document("$project", new Document("timeline", 1)), new Document("$unwind", "$timeline"),
				new Document("$match",
						new Document("timeline._class", "contact").append("timeline.retraction", null)
							.append("timeline.occurredAt", new Document("$gt", Date.from(since)))),
				new Document("$sort", new Document("timeline.occurredAt", 1)));
		List<Document> rows = new ArrayList<>();
		this.mongo.getCollection(StudentFacts.STUDENTS).aggregate(pipeline).into(rows);
		int closed = 0;
		for (Document row : rows) {
			Contact contact = this.mongo.getConverter().read(Contact.class, row.get("timeline", Document.class));
			closed += this.writer.satisfy(contact);
		}
		return closed;
	}

}
