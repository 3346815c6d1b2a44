package org.jiaxiao.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jiaxiao.timeline.TimelineService;
import org.jiaxiao.timeline.TimelineService.SchoolEntry;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Repairs, at start-up and before the app takes requests, what a crash can leave between
 * the writes of one request (there are no multi-document transactions on the embedded
 * server): an entry stored whose change was never logged, which phones syncing from a
 * cursor would never receive, and a counter behind the numbers already stored.
 * <p>
 * Each write is durable before the next is made, and the change is logged last, so a
 * crash leaves at most the newest entries without their change: those recorded since
 * shortly before the newest logged change are compared with the log, and the missing ones
 * are logged now. The request that stored them was never answered.
 */
@Component
class ChangeLogRepair implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ChangeLogRepair.class);

	/**
	 * How long before the newest logged change an unlogged entry is looked for: far more
	 * than one request takes between storing its entry and logging its change.
	 */
	static final Duration LOOK_BACK = Duration.ofMinutes(5);

	private final MongoTemplate mongo;

	private final TimelineService timeline;

	private final ChangeRecorder recorder;

	ChangeLogRepair(MongoTemplate mongo, TimelineService timeline, ChangeRecorder recorder) {
		this.mongo = mongo;
		this.timeline = timeline;
		this.recorder = recorder;
	}

	@Override
	public void afterSingletonsInstantiated() {
		counterNotBehind();
		logMissingChanges();
	}

	/** The counter never stands below a stored number, so no number is taken twice. */
	private void counterNotBehind() {
		Document newest = newestChange();
		if (newest == null) {
			return;
		}
		long stored = ((Number) newest.get("_id")).longValue();
		this.mongo.updateFirst(Query.query(where("_id").is("changes").and("seq").lt(stored)),
				new Update().set("seq", stored), "counters");
	}

	private void logMissingChanges() {
		Document newest = newestLoggedChange();
		if (newest == null) {
			// Nothing was ever logged: every entry is in a first snapshot.
			return;
		}
		Instant since = newest.getDate("allocatedAt").toInstant().minus(LOOK_BACK);
		List<SchoolEntry> recent = this.timeline.recordedSince(since);
		if (recent.isEmpty()) {
			return;
		}
		Set<String> logged = loggedAmong(recent.stream().map((entry) -> entry.entry().id()).toList());
		int repaired = 0;
		for (SchoolEntry entry : recent) {
			if (!logged.contains(entry.entry().id())) {
				this.recorder.entryChanged(entry.schoolId(), entry.entry(), "Repaired");
				repaired++;
			}
		}
		if (repaired > 0) {
			log.warn("Logged {} change(s) that an interrupted request had stored without logging", repaired);
		}
	}

	private Set<String> loggedAmong(List<String> entryIds) {
		Query query = Query.query(where("refs.id").in(entryIds));
		query.fields().include("refs.id");
		Set<String> logged = new HashSet<>();
		for (Document change : this.mongo.find(query, Document.class, "changes")) {
			for (Document ref : change.getList("refs", Document.class)) {
				logged.add(ref.getString("id"));
			}
		}
		return logged;
	}

	private Document newestChange() {
		Query query = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
		query.fields().include("_id");
		return this.mongo.findOne(query, Document.class, "changes");
	}

	private Document newestLoggedChange() {
		Query query = Query.query(where("closed").is(false)).with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
		query.fields().include("_id", "allocatedAt");
		return this.mongo.findOne(query, Document.class, "changes");
	}

}
