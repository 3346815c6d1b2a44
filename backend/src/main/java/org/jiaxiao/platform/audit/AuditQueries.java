package org.jiaxiao.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.BadRequestException;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Reads a school's audit trail, newest first, by indexed filters and a keyset cursor. */
@Service
public class AuditQueries {

	private static final String CURSOR = "audit";

	private final MongoTemplate mongo;

	AuditQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Connection<AuditEvent> page(String schoolId, @Nullable AuditFilter filter, @Nullable Integer first,
			@Nullable String after) {
		int size = Cursors.pageSize(first);
		AuditFilter conditions = (filter != null) ? filter : AuditFilter.NONE;
		List<Criteria> all = new ArrayList<>();
		all.add(where("schoolId").is(schoolId));
		if (conditions.actorId() != null) {
			all.add(where("actorId").is(conditions.actorId()));
		}
		if (conditions.studentId() != null) {
			all.add(where("studentIds").is(conditions.studentId()));
		}
		if (conditions.householdId() != null) {
			all.add(where("householdIds").is(conditions.householdId()));
		}
		if (conditions.from() != null) {
			all.add(where("at").gte(conditions.from().toInstant()));
		}
		if (conditions.to() != null) {
			all.add(where("at").lt(conditions.to().toInstant()));
		}
		List<String> position = Cursors.decode(CURSOR, after, 2);
		if (!position.isEmpty()) {
			Instant at = Instant.ofEpochMilli(parse(position.get(0)));
			all.add(new Criteria().orOperator(where("at").lt(at), where("at").is(at).and("_id").lt(position.get(1))));
		}
		Query query = Query.query(new Criteria().andOperator(all))
			.with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")))
			.limit(size + 1);
		List<AuditEvent> rows = this.mongo.find(query, AuditEvent.class);
		return Connection.forward(rows, size,
				(event) -> Cursors.encode(CURSOR, String.valueOf(event.at().toEpochMilli()), event.id()));
	}

	private static long parse(String millis) {
		try {
			return Long.parseLong(millis);
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("The cursor is not valid for this list.");
		}
	}

}
