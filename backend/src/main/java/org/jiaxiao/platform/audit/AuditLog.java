package org.jiaxiao.platform.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.jiaxiao.platform.Ids;

import org.jiaxiao.platform.observe.AuditMeters;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Stores audit events as they are recorded, in the request that made them, before its
 * answer: an acknowledged read or write always has its event, also after a crash. (Events
 * used to wait in an unbounded queue for a background writer, and a {@code kill -9} lost
 * the queue.) A store that cannot write makes the request fail instead of answering
 * without its event.
 */
@Service
public class AuditLog {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final AuditMeters meters;

	AuditLog(MongoTemplate mongo, Clock clock, AuditMeters meters) {
		this.mongo = mongo;
		this.clock = clock;
		this.meters = meters;
	}

	/** Records a read of sensitive fields or a write, by a staff member of a school. */
	public void record(String actorId, String schoolId, String operation, AuditEvent.Kind kind,
			Collection<String> fields, Collection<String> studentIds, Collection<String> householdIds) {
		AuditEvent event = new AuditEvent(Ids.newId("aud"), this.clock.instant(), actorId, schoolId, operation, kind,
				List.copyOf(fields), List.copyOf(studentIds), List.copyOf(householdIds), null);
		this.meters.insert(() -> this.mongo.insert(event));
	}

	/**
	 * Records a change to the directory: the operation, each field's value before and
	 * after, and whom it concerns.
	 */
	public void recordChange(String actorId, String schoolId, String operation, List<FieldChange> changes,
			Collection<String> studentIds, Collection<String> householdIds) {
		AuditEvent event = new AuditEvent(Ids.newId("aud"), this.clock.instant(), actorId, schoolId, operation,
				AuditEvent.Kind.WRITE, List.of(operation), List.copyOf(studentIds), List.copyOf(householdIds),
				List.copyOf(changes));
		this.meters.insert(() -> this.mongo.insert(event));
	}

	/**
	 * Nothing to wait for: every event is stored when it is recorded. Kept for callers
	 * written when events were queued.
	 */
	public void flush() {
	}

}
