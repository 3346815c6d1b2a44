package org.jiaxiao.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The change log: numbered changes, read in number order without ever skipping one.
 * <p>
 * A writer takes the next number from a counter document ({@code findAndModify $inc}) and
 * then inserts its change under that number. Two writers can store out of order (7 before
 * 6), so a reader that saw 7 must not move past 6 while 6 may still come: a reader moves
 * only across numbers it has seen stored, and stops at the first gap. A gap older than
 * the grace period (a writer that died or stalls) is closed: the reader inserts an empty
 * record under the number. The number is the collection's {@code _id}, so exactly one of
 * the two inserts wins; a writer that loses takes a new number and tries again. Hence the
 * guarantee: following the positions a reader returns, every change is read exactly once,
 * in number order.
 */
@Component
class ChangeLog {

	private static final String COUNTERS = "counters";

	private static final String COUNTER_ID = "changes";

	/** How many numbers a reader checks for gaps per round trip. */
	private static final int WINDOW = 500;

	/** Most windows one read walks before returning what it has. */
	private static final int MAX_WINDOWS = 20;

	private static final int MAX_ATTEMPTS = 5;

	private final MongoTemplate mongo;

	/**
	 * Wall-clock time for the gap's age: it must be real time on every instance, even
	 * when the app's clock is fixed in a test.
	 */
	private final Clock wallClock = Clock.systemUTC();

	ChangeLog(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores a change under the next number; returns the number. */
	long append(String schoolId, List<String> classIds, String cause, List<ChangeRef> refs) {
		return append(schoolId, classIds, cause, refs, (seq) -> {
		});
	}

	/**
	 * As {@link #append(String, List, String, List)}, running {@code afterTaking} between
	 * taking the number and storing the change (tests use it to store out of order).
	 */
	long append(String schoolId, List<String> classIds, String cause, List<ChangeRef> refs, LongConsumer afterTaking) {
		for (int attempt = 1;; attempt++) {
			long seq = nextNumber();
			Instant allocatedAt = this.wallClock.instant();
			afterTaking.accept(seq);
			try {
				this.mongo.insert(new ChangeRecord(seq, schoolId, List.copyOf(classIds), allocatedAt, cause,
						List.copyOf(refs), false));
				return seq;
			}
			catch (DuplicateKeyException ex) {
				// A reader closed this number while we stalled: take another.
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/** The highest number taken so far (0 before the first change). */
	long lastTaken() {
		Document counter = this.mongo.findById(COUNTER_ID, Document.class, COUNTERS);
		return (counter != null && counter.get("seq") instanceof Number number) ? number.longValue() : 0;
	}

	/**
	 * Reads the changes after {@code position} that match {@code scope}, in number order.
	 * @param position the number up to which the reader has read everything
	 * @param scope which changes the reader wants (school, classes)
	 * @param limit most changes to return
	 * @param grace how old a gap must be before it is closed
	 */
	LogPage read(long position, Criteria scope, int limit, Duration grace) {
		long pos = position;
		List<ChangeRecord> found = new ArrayList<>();
		for (int window = 0; window < MAX_WINDOWS; window++) {
			List<Document> numbers = numbersAfter(pos);
			if (numbers.isEmpty()) {
				return new LogPage(found, pos, false);
			}
			long contiguous = pos;
			boolean blocked = false;
			boolean raced = false;
			for (Document number : numbers) {
				long seq = ((Number) number.get("_id")).longValue();
				if (seq == contiguous + 1) {
					contiguous = seq;
					continue;
				}
				Instant taken = number.getDate("allocatedAt").toInstant();
				if (taken.isAfter(this.wallClock.instant().minus(grace))) {
					blocked = true;
					break;
				}
				if (!close(contiguous + 1, seq - 1)) {
					raced = true;
					break;
				}
				contiguous = seq;
			}
			if (raced) {
				continue;
			}
			int remaining = limit - found.size();
			List<ChangeRecord> matching = matching(pos, contiguous, scope, remaining + 1);
			if (matching.size() > remaining) {
				found.addAll(matching.subList(0, remaining));
				return new LogPage(found, found.get(found.size() - 1).seq(), true);
			}
			found.addAll(matching);
			pos = contiguous;
			if (blocked || numbers.size() < WINDOW) {
				return new LogPage(found, pos, false);
			}
			if (found.size() == limit) {
				return new LogPage(found, pos, true);
			}
		}
		return new LogPage(found, pos, true);
	}

	private long nextNumber() {
		Query counter = Query.query(where("_id").is(COUNTER_ID));
		FindAndModifyOptions options = FindAndModifyOptions.options().returnNew(true).upsert(true);
		for (int attempt = 1;; attempt++) {
			try {
				Document updated = this.mongo.findAndModify(counter, new Update().inc("seq", 1L), options,
						Document.class, COUNTERS);
				return ((Number) updated.get("seq")).longValue();
			}
			catch (DuplicateKeyException ex) {
				// Two first-ever increments raced to create the counter: one of them made
				// it.
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * The numbers stored after {@code position} (any school), with when each was taken.
	 */
	private List<Document> numbersAfter(long position) {
		Query query = Query.query(where("_id").gt(position)).with(Sort.by("_id")).limit(WINDOW);
		query.fields().include("_id", "allocatedAt");
		return this.mongo.find(query, Document.class, "changes");
	}

	private List<ChangeRecord> matching(long after, long upTo, Criteria scope, int limit) {
		if (upTo <= after) {
			return List.of();
		}
		Query query = Query.query(new Criteria().andOperator(where("_id").gt(after).lte(upTo), scope))
			.with(Sort.by("_id"))
			.limit(limit);
		return this.mongo.find(query, ChangeRecord.class);
	}

	/**
	 * Closes the numbers {@code from}..{@code to}; false when a writer stored one of them
	 * first (the reader then reads again).
	 */
	private boolean close(long from, long to) {
		for (long seq = from; seq <= to; seq++) {
			try {
				this.mongo.insert(ChangeRecord.closed(seq, this.wallClock.instant()));
			}
			catch (DuplicateKeyException ex) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What a read found.
	 *
	 * @param changes the matching changes, in number order
	 * @param position the number up to which everything has been read: the next read
	 * starts after it
	 * @param more whether more may be read right away
	 */
	record LogPage(List<ChangeRecord> changes, long position, boolean more) {
	}

}
