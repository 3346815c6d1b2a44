package org.jiaxiao.platform.sweep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A lease in the {@code locks} collection, so that of several instances only one runs a
 * job at a time. Taking it is one findAndModify with upsert: it matches only a lease that
 * has expired or is already ours; when another instance holds it, the upsert's insert
 * hits the unique {@code _id} and fails. A holder that dies simply lets its lease expire.
 */
@Component
public class Lease {

	static final String COLLECTION = "locks";

	private final MongoTemplate mongo;

	private final Clock clock;

	Lease(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Takes or renews the lease for {@code ttl}; false when someone else holds it. */
	public boolean tryAcquire(String name, String owner, Duration ttl) {
		Instant now = this.clock.instant();
		Query free = Query.query(new Criteria().andOperator(where("_id").is(name),
				new Criteria().orOperator(where("until").lt(now), where("owner").is(owner))));
		Update take = new Update().set("owner", owner).set("until", now.plus(ttl)).set("acquiredAt", now);
		try {
			Held held = this.mongo.findAndModify(free, take,
					FindAndModifyOptions.options().upsert(true).returnNew(true), Held.class, COLLECTION);
			return held != null && owner.equals(held.owner());
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Gives the lease back early, if still ours. The document goes, rather than expiring
	 * "now": taking a lease needs an expiry strictly before now, and the database keeps
	 * milliseconds, so a take in the same millisecond as the release would be refused.
	 */
	public void release(String name, String owner) {
		this.mongo.remove(Query.query(where("_id").is(name).and("owner").is(owner)), COLLECTION);
	}

	/** Who holds a lease now, if anyone. */
	public @Nullable Held holder(String name) {
		Held held = this.mongo.findById(name, Held.class, COLLECTION);
		return (held != null && held.until().isAfter(this.clock.instant())) ? held : null;
	}

	/**
	 * A lease as stored.
	 *
	 * @param name what it guards
	 * @param owner the instance holding it
	 * @param until when it expires
	 * @param acquiredAt when it was taken or renewed
	 */
	public record Held(@Id String name, String owner, Instant until, @Nullable Instant acquiredAt) {
	}

}
