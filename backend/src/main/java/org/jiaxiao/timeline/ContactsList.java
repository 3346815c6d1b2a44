package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.platform.graphql.BadRequestException;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The contacts of a class or a grade, newest first, for the grade leader's and 德育处's
 * screens. One aggregation: the students in the caller's scope (by the class or grade
 * index), their timelines unwound, filtered, one row per contact (siblings share one),
 * paged by a keyset cursor. Uses only stages the embedded server supports as well.
 */
@Service
public class ContactsList {

	private static final String CURSOR = "contacts";

	private final MongoTemplate mongo;

	ContactsList(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Connection<Contact> page(StaffMember viewer, ContactsFilter filter, @Nullable Integer first,
			@Nullable String after) {
		int size = Cursors.pageSize(first);
		if (filter.classId() == null && filter.grade() == null) {
			throw new BadRequestException("A contacts list needs a classId or a grade.");
		}
		if (viewer.scope().isEmpty()) {
			return Connection.forward(List.of(), size, TimelinePage::cursor);
		}
		Criteria students = (filter.classId() != null) ? where("classId").is(filter.classId())
				: where("schoolId").is(viewer.schoolId()).and("grade").is(filter.grade());
		List<AggregationOperation> stages = List.of(
				Aggregation.match(new Criteria().andOperator(students, viewer.scope().students())),
				Aggregation.project("timeline"), Aggregation.unwind("timeline"),
				Aggregation.match(entries(filter, Cursors.decode(CURSOR, after, 2))),
				Aggregation.sort(Sort.by(Sort.Order.desc("timeline.occurredAt"), Sort.Order.desc("timeline._id"))),
				Aggregation.group("timeline._id").first("timeline").as("entry"),
				Aggregation.sort(Sort.by(Sort.Order.desc("entry.occurredAt"), Sort.Order.desc("_id"))),
				Aggregation.limit(size + 1L));
		List<Contact> rows = this.mongo.aggregate(Aggregation.newAggregation(stages), "students", Document.class)
			.getMappedResults()
			.stream()
			.map((row) -> this.mongo.getConverter().read(Contact.class, row.get("entry", Document.class)))
			.toList();
		return Connection.forward(rows, size,
				(contact) -> Cursors.encode(CURSOR, String.valueOf(contact.occurredAt().toEpochMilli()), contact.id()));
	}

	private static Criteria entries(ContactsFilter filter, List<String> position) {
		List<Criteria> all = new ArrayList<>();
		all.add(where("timeline._class").is("contact"));
		if (filter.forms() != null && !filter.forms().isEmpty()) {
			all.add(where("timeline.form").in(filter.forms().stream().map(Enum::name).toList()));
		}
		if (filter.kinds() != null && !filter.kinds().isEmpty()) {
			all.add(where("timeline.kind").in(filter.kinds().stream().map(Enum::name).toList()));
		}
		if (filter.from() != null) {
			all.add(where("timeline.occurredAt").gte(filter.from().toInstant()));
		}
		if (filter.to() != null) {
			all.add(where("timeline.occurredAt").lt(filter.to().toInstant()));
		}
		if (Boolean.TRUE.equals(filter.needsSchool())) {
			all.add(where("timeline.details.needsSchool").is(true));
		}
		if (!position.isEmpty()) {
			Instant at = Instant.ofEpochMilli(millis(position.get(0)));
			all.add(new Criteria().orOperator(where("timeline.occurredAt").lt(at),
					where("timeline.occurredAt").is(at).and("timeline._id").lt(position.get(1))));
		}
		return new Criteria().andOperator(all);
	}

	private static long millis(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("The cursor is not valid for this list.");
		}
	}

}
