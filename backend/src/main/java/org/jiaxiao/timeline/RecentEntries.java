package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Every entry recorded since a moment, each once with its school, whatever its kind: what
 * the sync feed's start-up repair compares with its change log, to find an entry whose
 * request stopped (a crash) between storing it and logging its change.
 */
@Component
class RecentEntries {

	private static final Map<String, Class<? extends TimelineEntry>> KINDS = Map.of("contact", Contact.class,
			"incident", Incident.class, "note", Note.class, "escalationUpdate", EscalationUpdate.class);

	private final MongoTemplate mongo;

	RecentEntries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	List<TimelineService.SchoolEntry> recordedSince(Instant since) {
		Document recorded = new Document("$gte", Date.from(since));
		List<Document> pipeline = List.of(new Document("$match", new Document("timeline.recordedAt", recorded)),
				new Document("$project", new Document("schoolId", 1).append("timeline", 1)),
				new Document("$unwind", "$timeline"),
				new Document("$match", new Document("timeline.recordedAt", recorded)),
				// A contact shared by siblings is on each of their timelines: once.
				new Document("$group",
						new Document("_id", "$timeline._id").append("schoolId", new Document("$first", "$schoolId"))
							.append("entry", new Document("$first", "$timeline"))),
				new Document("$sort", new Document("_id", 1)));
		List<TimelineService.SchoolEntry> entries = new ArrayList<>();
		for (Document row : this.mongo.getCollection("students").aggregate(pipeline)) {
			Document entry = row.get("entry", Document.class);
			Class<? extends TimelineEntry> type = KINDS.get(entry.getString("_class"));
			if (type != null) {
				entries.add(new TimelineService.SchoolEntry(row.getString("schoolId"),
						this.mongo.getConverter().read(type, entry)));
			}
		}
		return entries;
	}

}
