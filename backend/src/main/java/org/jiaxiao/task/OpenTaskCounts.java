package org.jiaxiao.task;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import org.jiaxiao.directory.StaffMember;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * How many open tasks (open or overdue) each student of a page has, counting only those
 * the caller may see: their own and those of the classes they oversee, as
 * {@code node(id)} decides. One query for the whole page, served by the index on students
 * and state; only the tasks' student ids come back, and a task about two students counts
 * for each.
 */
@Service
public class OpenTaskCounts {

	private static final List<String> OPEN = List.of(ObligationState.OPEN.name(), ObligationState.OVERDUE.name());

	private final MongoTemplate mongo;

	private final ObligationService obligations;

	OpenTaskCounts(MongoTemplate mongo, ObligationService obligations) {
		this.mongo = mongo;
		this.obligations = obligations;
	}

	/** Open tasks by student id; students without any are absent. */
	public Map<String, Integer> of(StaffMember viewer, Collection<String> studentIds) {
		// Analysts see no task (nor any student); asking would only cost a round trip.
		if (viewer.seesNoFamilyRecords() || studentIds.isEmpty()) {
			return Map.of();
		}
		Set<String> wanted = Set.copyOf(studentIds);
		Criteria open = where("studentIds").in(wanted).and("state").in(OPEN);
		Query query = Query.query(new Criteria().andOperator(open, this.obligations.ownOrOverseen(viewer)));
		query.fields().include("studentIds");
		Map<String, Integer> counts = new HashMap<>();
		for (Document task : this.mongo.find(query, Document.class, "obligations")) {
			for (String studentId : task.getList("studentIds", String.class, List.of())) {
				if (wanted.contains(studentId)) {
					counts.merge(studentId, 1, Integer::sum);
				}
			}
		}
		return counts;
	}

}
