package org.jiaxiao.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The end shared by the aggregations that read entries back out of unwound timelines: a
 * contact shared by siblings is on each of their timelines, so it is grouped once, with
 * its school, and read as its own kind of entry.
 */
final class EntriesOncePerSchool {

	private static final Map<String, Class<? extends TimelineEntry>> KINDS = Map.of("contact", Contact.class,
			"incident", Incident.class, "note", Note.class, "escalationUpdate", EscalationUpdate.class);

	private EntriesOncePerSchool() {
	}

	/**
	 * Runs {@code unwound} (stages that end with one timeline entry a row), then groups.
	 */
	static List<TimelineService.SchoolEntry> read(MongoTemplate mongo, List<Document> unwound) {
		List<Document> pipeline = new ArrayList<>(unwound);
		pipeline.add(new Document("$group",
				new Document("_id", "$timeline._id").append("schoolId", new Document("$first", "$schoolId"))
					.append("entry", new Document("$first", "$timeline"))));
		pipeline.add(new Document("$sort", new Document("_id", 1)));
		List<TimelineService.SchoolEntry> entries = new ArrayList<>();
		for (Document row : mongo.getCollection("students").aggregate(pipeline)) {
			Document entry = row.get("entry", Document.class);
			Class<? extends TimelineEntry> type = KINDS.get(entry.getString("_class"));
			if (type != null) {
				entries.add(new TimelineService.SchoolEntry(row.getString("schoolId"),
						mongo.getConverter().read(type, entry)));
			}
		}
		return entries;
	}

}
