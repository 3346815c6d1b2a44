package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.Date;
import java.util.List;

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

	private final MongoTemplate mongo;

	RecentEntries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	List<TimelineService.SchoolEntry> recordedSince(Instant since) {
		Document recorded = new Document("$gte", Date.from(since));
		return EntriesOncePerSchool.read(this.mongo,
				List.of(new Document("$match", new Document("timeline.recordedAt", recorded)),
						new Document("$project", new Document("schoolId", 1).append("timeline", 1)),
						new Document("$unwind", "$timeline"),
						new Document("$match", new Document("timeline.recordedAt", recorded))));
	}

}
