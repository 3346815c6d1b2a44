package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.jiaxiao.platform.mongo.ElementMatch;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The contacts and incidents flagged as needing the school that were recorded in a
 * window, read back with one aggregation over the timelines: the safety net of the
 * referral they open, for an event that never reached its listener (the app stopped in
 * between).
 */
@Component
class FlaggedEntries {

	private static final List<String> KINDS = List.of("contact", "incident");

	private final MongoTemplate mongo;

	FlaggedEntries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	List<TimelineService.SchoolEntry> recordedBetween(Instant from, Instant to) {
		Document recorded = new Document("$gte", Date.from(from)).append("$lt", Date.from(to));
		Document flagged = new Document("$or",
				List.of(new Document("timeline._class", "contact").append("timeline.details.needsSchool", true),
						new Document("timeline._class", "incident").append("timeline.schoolMatter",
								new Document("$ne", null))));
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document("timeline",
								ElementMatch.allOf(new Document("_class", new Document("$in", KINDS)),
										new Document("recordedAt", recorded)))),
				new Document("$project", new Document("schoolId", 1).append("timeline", 1)),
				new Document("$unwind", "$timeline"),
				new Document("$match",
						new Document("timeline.recordedAt", recorded).append("timeline.retraction", null)),
				new Document("$match", flagged));
		return EntriesOncePerSchool.read(this.mongo, pipeline);
	}

}
