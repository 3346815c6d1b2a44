package org.jiaxiao.escalation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@code escalations} collection. Every change is one update of one document guarded
 * by its id, version and current step, so a stale or concurrent change matches nothing
 * and is reported as a conflict; the history is only ever pushed to, and the sweep's own
 * marks live in fields no person's change writes, so neither loses the other's work.
 */
@Component
class EscalationStore {

	private final MongoTemplate mongo;

	EscalationStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a new escalation; when one with the same source key is there (a retried
	 * request, a flagged entry seen twice), that one.
	 */
	Escalation insert(Escalation escalation) {
		try {
			return this.mongo.insert(escalation);
		}
		catch (DuplicateKeyException ex) {
			Escalation existing = this.mongo.findOne(Query.query(where("sourceKey").is(escalation.sourceKey())),
					Escalation.class);
			if (existing == null) {
				existing = this.mongo.findById(escalation.id(), Escalation.class);
			}
			if (existing == null) {
				throw ex;
			}
			return existing;
		}
	}

	Optional<Escalation> find(String id, Criteria visible) {
		return Optional.ofNullable(this.mongo
			.findOne(Query.query(new Criteria().andOperator(where("_id").is(id), visible)), Escalation.class));
	}

	List<Escalation> find(Collection<String> ids, Criteria visible) {
		return this.mongo.find(Query.query(new Criteria().andOperator(where("_id").in(ids), visible)),
				Escalation.class);
	}

	/** Up to {@code limit} escalations in list order after the position, if any. */
	List<Escalation> page(Criteria criteria, int limit, Optional<Position> after) {
		Criteria paged = criteria;
		if (after.isPresent()) {
			Position position = after.get();
			paged = new Criteria().andOperator(criteria,
					new Criteria().orOperator(where("queueOrder").gt(position.queueOrder()),
							where("queueOrder").is(position.queueOrder()).and("_id").gt(position.id())));
		}
		Query query = Query.query(paged).with(Sort.by("queueOrder", "_id")).limit(limit);
		return this.mongo.find(query, Escalation.class);
	}

	List<Escalation> ofStudents(Collection<String> studentIds) {
		return this.mongo.find(Query.query(where("studentId").in(studentIds)), Escalation.class);
	}

	@org.jspecify.annotations.Nullable
	Escalation byId(String id) {
		return this.mongo.findById(id, Escalation.class);
	}

	/**
	 * Writes an erased copy over the words, at the version read; the history's notes are
	 * blanked in place, as the sweep may push to it meanwhile.
	 * @return whether it was written
	 */
	boolean erase(Escalation before, Escalation erased) {
		Query guard = Query.query(where("_id").is(before.id()).and("version").is(before.version()));
		Update update = new Update().set("matter", erased.matter())
			.set("steps", erased.steps())
			.set("refund", erased.refund())
			.set("outcome", erased.outcome())
			.set("version", erased.version())
			.set("history.$[].note", EscalationErasure.ERASED);
		return this.mongo.updateFirst(guard, update, Escalation.class).getModifiedCount() == 1;
	}

	boolean existsSource(String sourceKey) {
		return this.mongo.exists(Query.query(where("sourceKey").is(sourceKey)), Escalation.class);
	}

	boolean existsAt(String schoolId) {
		return this.mongo.exists(Query.query(where("schoolId").is(schoolId)), Escalation.class);
	}

	/**
	 * Writes a person's change: the fields a transition moves, the new history events,
	 * the next version — only if the document is still at the version and step read.
	 * @return whether it was written (false: someone changed it first)
	 */
	boolean write(Escalation before, Escalation after) {
		Query guard = Query.query(where("_id").is(before.id())
			.and("version")
			.is(before.version())
			.and("currentStepKey")
			.is(before.currentStepKey()));
		Update update = new Update().set("state", after.state())
			.set("currentStepKey", after.currentStepKey())
			.set("currentDueAt", after.currentDueAt())
			.set("queueOrder", after.queueOrder())
			.set("steps", after.steps())
			.set("ownerRoles", after.ownerRoles())
			.set("lossReasons", after.lossReasons())
			.set("refund", after.refund())
			.set("outcome", after.outcome())
			.set("closedAt", after.closedAt())
			.set("version", after.version());
		List<EscalationEvent> added = after.history().subList(before.history().size(), after.history().size());
		if (!added.isEmpty()) {
			update.push("history").each(added.toArray());
		}
		return this.mongo.updateFirst(guard, update, Escalation.class).getModifiedCount() == 1;
	}

	/** Open escalations whose current step is past due, soonest first (for the sweep). */
	List<Escalation> overdue(Instant now) {
		Query query = Query.query(where("state").is(EscalationState.OPEN).and("currentDueAt").lt(now))
			.with(Sort.by("currentDueAt", "_id"));
		return this.mongo.find(query, Escalation.class);
	}

	/**
	 * Flags the current step overdue once, with its history event; the version does not
	 * move, as the flag decides nothing a person is about to decide.
	 * @return whether it was flagged now
	 */
	boolean flagOverdue(Escalation escalation, String stepKey, EscalationEvent event) {
		Query once = Query
			.query(where("_id").is(escalation.id()).and("currentStepKey").is(stepKey).and("overdueSteps").ne(stepKey));
		Update update = new Update().addToSet("overdueSteps", stepKey).push("history", event);
		return this.mongo.updateFirst(once, update, Escalation.class).getModifiedCount() == 1;
	}

	/** Remembers that a step's overdue notices went out. */
	void markNoticed(String escalationId, String stepKey) {
		this.mongo.updateFirst(Query.query(where("_id").is(escalationId)),
				new Update().addToSet("noticedSteps", stepKey), Escalation.class);
	}

	/**
	 * A position in list order.
	 *
	 * @param queueOrder the sort key
	 * @param id the tie-break
	 */
	record Position(long queueOrder, String id) {
	}

}
