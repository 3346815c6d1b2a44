package org.jiaxiao.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.task.ObligationRule;
import org.jiaxiao.task.ObligationState;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Obligation figures for a report, one aggregation on {@code obligations}: overdue tasks
 * due in the period, and how the immediate visits triggered in the period went.
 */
@Component
class ObligationFigures {

	private final MongoTemplate mongo;

	ObligationFigures(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Rows for obligations of these classes or owners; the caller narrows to a scope. */
	List<Row> rows(String schoolId, Collection<String> classIds, Collection<String> ownerIds, Instant from,
			Instant to) {
		Document range = new Document("$gte", Date.from(from)).append("$lt", Date.from(to));
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document("schoolId", schoolId).append("$or",
								List.of(new Document("classId", new Document("$in", List.copyOf(classIds))),
										new Document("ownerId", new Document("$in", List.copyOf(ownerIds)))))),
				new Document("$facet",
						new Document("overdue", List.of(
								new Document("$match",
										new Document("state", ObligationState.OVERDUE.name()).append("dueAt", range)),
								new Document("$group",
										new Document("_id", new Document("c", "$classId").append("o", "$ownerId"))
											.append("n", new Document("$sum", 1)))))
							.append("immediate", List.of(
									new Document("$match",
											new Document("rule", ObligationRule.IMMEDIATE_VISIT.name()).append(
													"trigger.at", range)),
									new Document("$group",
											new Document("_id",
													new Document("c", "$classId").append("o", "$ownerId")
														.append("s", "$state")
														.append("t", "$fulfilment.onTime"))
												.append("n", new Document("$sum", 1)))))));
		List<Row> rows = new ArrayList<>();
		List<Document> results = new ArrayList<>();
		this.mongo.getCollection("obligations").aggregate(pipeline).into(results);
		for (Document result : results) {
			for (Document row : result.getList("overdue", Document.class)) {
				Document key = row.get("_id", Document.class);
				rows.add(new Row(key.getString("c"), key.getString("o"), true, null, null,
						TimelineFigures.number(row, "n")));
			}
			for (Document row : result.getList("immediate", Document.class)) {
				Document key = row.get("_id", Document.class);
				rows.add(new Row(key.getString("c"), key.getString("o"), false,
						ObligationState.valueOf(key.getString("s")), key.getBoolean("t"),
						TimelineFigures.number(row, "n")));
			}
		}
		return rows;
	}

	/**
	 * A count of obligations by class and owner: overdue ones, or immediate visits by
	 * state.
	 *
	 * @param classId the class
	 * @param ownerId the owner
	 * @param overdue a row of overdue obligations due in the period
	 * @param state an immediate visit's state
	 * @param onTime whether done on time (for done ones)
	 * @param count how many
	 */
	record Row(String classId, String ownerId, boolean overdue, @Nullable ObligationState state,
			@Nullable Boolean onTime, int count) {
	}

}
