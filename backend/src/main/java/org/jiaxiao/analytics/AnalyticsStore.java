package org.jiaxiao.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.ReadPreference;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The aggregation pipelines behind the figures, over the {@code students} collection and
 * its embedded timelines. Only stages the embedded server supports too ($match $project
 * $addFields $unwind $lookup $group $facet); the first $match uses indexed fields
 * (school, grade, class, focus categories, the entries' times). Reads go to secondaries
 * on a replica set (read preference from the settings) and carry a server-side time
 * limit.
 */
@Component
class AnalyticsStore {

	static final String NO_CATEGORY = "NONE";

	static final String OTHER_ROLE = "OTHER";

	private static final long DAY_MS = Duration.ofHours(24).toMillis();

	/** Roles in the order that decides an author's main role. */
	private static final List<String> ROLE_ORDER = List.of("PRINCIPAL", "MORAL_EDUCATION", "GRADE_LEADER",
			"HOMEROOM_TEACHER", "SUBJECT_TEACHER");

	private final MongoTemplate mongo;

	private final MongoCollection<Document> students;

	private final Duration timeout;

	AnalyticsStore(MongoTemplate mongo, AnalyticsProperties properties) {
		this.mongo = mongo;
		this.students = mongo.getCollection("students")
			.withReadPreference(ReadPreference.valueOf(properties.readPreference()));
		this.timeout = properties.timeout();
	}

	/** Where the figures are read: secondaries first on a replica set, by default. */
	ReadPreference readPreference() {
		return this.students.getReadPreference();
	}

	/** The index the contact figures' first $match uses; kept next to the query. */
	@EventListener(ApplicationReadyEvent.class)
	void createIndexes() {
		this.mongo.indexOps("students")
			.createIndex(new Index().on("schoolId", Sort.Direction.ASC)
				.on("timeline.occurredAt", Sort.Direction.ASC)
				.named("school_timeline_occurredAt"));
	}

	ContactRows contactRows(ContactQuery query) {
		Document facets = new Document("buckets", grouped(query, query.groupBy())).append("total",
				grouped(query, List.of()));
		List<Document> pipeline = new ArrayList<>(contactsOfPeriod(query));
		pipeline.add(new Document("$facet", facets));
		Document result = this.students.aggregate(pipeline)
			.maxTime(this.timeout.toMillis(), TimeUnit.MILLISECONDS)
			.first();
		List<ContactRow> buckets = new ArrayList<>();
		ContactRow total = null;
		if (result != null) {
			for (Document bucket : result.getList("buckets", Document.class)) {
				buckets.add(ContactRow.of(bucket, query.groupBy().size()));
			}
			for (Document row : result.getList("total", Document.class)) {
				total = ContactRow.of(row, 0);
			}
		}
		return new ContactRows(buckets, total);
	}

	List<CoverageRow> coverageRows(String schoolId, CoverageStatsFilter filter, CoverageDimension groupBy,
			int schoolYear) {
		Document match = new Document("schoolId", schoolId);
		in(match, "grade", filter.grades());
		in(match, "classId", filter.classes());
		in(match, "focusCategories", names(filter.focusCategories()));
		Document visited = new Document("$cond", List.of(
				new Document("$gte", List.of(new Document("$ifNull", List.of("$homeVisitCounts." + schoolYear, 0)), 1)),
				1, 0));
		Document group = new Document("_id",
				(groupBy == CoverageDimension.GRADE) ? new Document("$toString", "$grade") : "$classId")
			.append("students", new Document("$sum", 1))
			.append("visited", new Document("$sum", visited));
		List<Document> pipeline = List.of(new Document("$match", match), new Document("$group", group));
		List<CoverageRow> rows = new ArrayList<>();
		for (Document row : this.students.aggregate(pipeline).maxTime(this.timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			rows.add(new CoverageRow(String.valueOf(row.get("_id")), number(row, "students"), number(row, "visited")));
		}
		return rows;
	}

	/** Every live contact of the period, one row per student it concerns. */
	private List<Document> contactsOfPeriod(ContactQuery query) {
		ContactStatsFilter filter = query.filter();
		Document period = new Document("$gte", Date.from(query.from())).append("$lt", Date.from(query.to()));
		Document match = new Document("schoolId", query.schoolId()).append("timeline.occurredAt", period);
		in(match, "grade", filter.grades());
		in(match, "classId", filter.classes());
		in(match, "focusCategories", names(filter.focusCategories()));
		// The whole timeline: the embedded server cannot project fields of array
		// elements.
		Document project = new Document("grade", 1).append("classId", 1)
			.append("focusCategories", 1)
			.append("timeline", 1);
		Document incidents = new Document("$filter", new Document("input", "$timeline").append("as", "e")
			.append("cond", new Document("$eq", List.of("$$e._class", "incident"))));
		Document contactMatch = new Document("timeline._class", "contact").append("timeline.retraction", null)
			.append("timeline.occurredAt", period);
		in(contactMatch, "timeline.form", names(filter.forms()));
		in(contactMatch, "timeline.kind", names(filter.kinds()));
		List<Document> pipeline = new ArrayList<>();
		pipeline.add(new Document("$match", match));
		pipeline.add(new Document("$project", project));
		pipeline.add(new Document("$addFields", new Document("incidents", incidents)));
		pipeline.add(new Document("$unwind", "$timeline"));
		pipeline.add(new Document("$match", contactMatch));
		if (query.groupBy().contains(AnalyticsDimension.FOCUS_CATEGORY)) {
			pipeline.add(new Document("$unwind",
					new Document("path", "$focusCategories").append("preserveNullAndEmptyArrays", true)));
			if (filter.focusCategories() != null && !filter.focusCategories().isEmpty()) {
				pipeline.add(new Document("$match",
						new Document("focusCategories", new Document("$in", names(filter.focusCategories())))));
			}
		}
		if (query.groupBy().contains(AnalyticsDimension.TEACHER_ROLE)) {
			pipeline.add(new Document("$lookup",
					new Document("from", "staff").append("localField", "timeline.authorId")
						.append("foreignField", "_id")
						.append("as", "author")));
			// One author per contact; unwound so "$author.roles" is that author's roles
			// on every server.
			pipeline.add(new Document("$unwind",
					new Document("path", "$author").append("preserveNullAndEmptyArrays", true)));
			pipeline.add(new Document("$addFields", new Document("role", mainRole())));
		}
		Document answered = new Document("$arrayElemAt",
				List.of(new Document("$filter", new Document("input", "$incidents").append("as", "i")
					.append("cond", new Document("$eq", List.of("$$i._id", "$timeline.details.answersIncidentId")))),
						0));
		pipeline.add(new Document("$addFields", new Document("answered", answered)));
		pipeline.add(new Document("$addFields",
				new Document("lagMs",
						new Document("$cond", List.of(new Document("$ifNull", List.of("$answered._id", false)),
								new Document("$subtract", List.of("$timeline.occurredAt", "$answered.occurredAt")),
								-1L)))));
		return pipeline;
	}

	/**
	 * Two groupings: first one row per bucket and contact (siblings' copies of a contact
	 * become one), then one per bucket.
	 */
	private static List<Document> grouped(ContactQuery query, List<AnalyticsDimension> dimensions) {
		Document contactKey = new Document();
		Document bucketKey = new Document();
		for (int i = 0; i < dimensions.size(); i++) {
			contactKey.append("k" + i, keyExpression(dimensions.get(i), query.zone()));
			bucketKey.append("k" + i, "$_id.k" + i);
		}
		contactKey.append("c", "$timeline._id");
		Document perContact = new Document("_id", contactKey).append("students", new Document("$addToSet", "$_id"))
			.append("homeVisit", new Document("$max", flag(eq("$timeline.form", ContactForm.HOME_VISIT.name()))))
			.append("immediate", new Document("$max", flag(eq("$timeline.kind", ContactKind.IMMEDIATE.name()))))
			.append("lagMs", new Document("$max", "$lagMs"));
		Document answering = new Document("$and", List.of(eq("$immediate", 1), gte("$lagMs", 0L)));
		Document within = new Document("$and",
				List.of(eq("$immediate", 1), gte("$lagMs", 0L), new Document("$lte", List.of("$lagMs", DAY_MS))));
		// Besides the students reached, each figure's own group of students is counted,
		// so
		// that a figure about fewer than k students can be withheld (see Disclosure).
		Document perBucket = new Document("_id", dimensions.isEmpty() ? null : bucketKey)
			.append("contacts", new Document("$sum", 1))
			.append("homeVisits", new Document("$sum", "$homeVisit"))
			.append("studentSets", new Document("$push", "$students"))
			.append("homeVisitSets", studentsWhere(eq("$homeVisit", 1)))
			.append("answeredSets", studentsWhere(gte("$lagMs", 0L)))
			.append("immediateAnsweringSets", studentsWhere(answering))
			.append("immediateWithinSets", studentsWhere(within))
			.append("lags", new Document("$push", "$lagMs"))
			.append("immediateAnswering", new Document("$sum", flag(answering)))
			.append("immediateWithin24h", new Document("$sum", flag(within)));
		Document sizes = new Document("studentsReached", unionSize("$studentSets"))
			.append("homeVisitStudents", unionSize("$homeVisitSets"))
			.append("answeredStudents", unionSize("$answeredSets"))
			.append("immediateAnsweringStudents", unionSize("$immediateAnsweringSets"))
			.append("immediateWithinStudents", unionSize("$immediateWithinSets"));
		Document dropSets = new Document("studentSets", 0).append("homeVisitSets", 0)
			.append("answeredSets", 0)
			.append("immediateAnsweringSets", 0)
			.append("immediateWithinSets", 0);
		return List.of(new Document("$group", perContact), new Document("$group", perBucket),
				new Document("$addFields", sizes), new Document("$project", dropSets));
	}

	/**
	 * The student sets of the contacts that meet a condition (an empty set for the rest).
	 */
	private static Document studentsWhere(Document condition) {
		return new Document("$push", new Document("$cond", List.of(condition, "$students", List.of())));
	}

	/** How many distinct students a list of student sets holds. */
	private static Document unionSize(String sets) {
		return new Document("$size",
				new Document("$reduce", new Document("input", sets).append("initialValue", List.of())
					.append("in", new Document("$setUnion", List.of("$$value", "$$this")))));
	}

	private static Object keyExpression(AnalyticsDimension dimension, ZoneId zone) {
		return switch (dimension) {
			case GRADE -> new Document("$toString", "$grade");
			case CLASS -> "$classId";
			case TEACHER_ROLE -> "$role";
			case FORM -> "$timeline.form";
			case KIND -> "$timeline.kind";
			case MONTH -> dateString("%Y-%m", zone);
			case WEEKDAY -> dateString("%u", zone);
			case FOCUS_CATEGORY -> new Document("$ifNull", List.of("$focusCategories", NO_CATEGORY));
		};
	}

	private static Document dateString(String format, ZoneId zone) {
		return new Document("$dateToString",
				new Document("format", format).append("date", "$timeline.occurredAt").append("timezone", zone.getId()));
	}

	/** The author's main role: the first of {@link #ROLE_ORDER} they hold. */
	private static Object mainRole() {
		Object roles = new Document("$ifNull", List.of("$author.roles", List.of()));
		Object expression = OTHER_ROLE;
		for (int i = ROLE_ORDER.size() - 1; i >= 0; i--) {
			String role = ROLE_ORDER.get(i);
			expression = new Document("$cond", List.of(new Document("$in", List.of(role, roles)), role, expression));
		}
		return expression;
	}

	private static Document flag(Document condition) {
		return new Document("$cond", List.of(condition, 1, 0));
	}

	private static Document eq(String field, Object value) {
		return new Document("$eq", List.of(field, value));
	}

	private static Document gte(String field, Object value) {
		return new Document("$gte", List.of(field, value));
	}

	private static void in(Document match, String field, @Nullable List<?> values) {
		if (values != null && !values.isEmpty()) {
			match.append(field, new Document("$in", values));
		}
	}

	private static @Nullable List<String> names(@Nullable List<? extends Enum<?>> values) {
		return (values != null) ? values.stream().map(Enum::name).toList() : null;
	}

	static int number(Document document, String field) {
		Object value = document.get(field);
		return (value instanceof Number number) ? number.intValue() : 0;
	}

	/**
	 * What to count.
	 *
	 * @param schoolId the school
	 * @param zone its time zone (months and weekdays)
	 * @param filter conditions
	 * @param from start
	 * @param to end (exclusive)
	 * @param groupBy dimensions
	 */
	record ContactQuery(String schoolId, ZoneId zone, ContactStatsFilter filter, Instant from, Instant to,
			List<AnalyticsDimension> groupBy) {
	}

	/**
	 * One bucket as MongoDB computed it.
	 *
	 * @param keys values per dimension
	 * @param contacts contacts
	 * @param students distinct students
	 * @param homeVisits home visits
	 * @param immediateAnswering immediate contacts answering an incident
	 * @param immediateWithin24h those within 24 hours of it
	 * @param lagsMs milliseconds from incident to answering contact, one per answering
	 * contact
	 * @param groups how many students each other figure describes
	 */
	record ContactRow(List<String> keys, int contacts, int students, int homeVisits, int immediateAnswering,
			int immediateWithin24h, List<Long> lagsMs, GroupSizes groups) {

		static final ContactRow EMPTY = new ContactRow(List.of(), 0, 0, 0, 0, 0, List.of(), new GroupSizes(0, 0, 0, 0));

		static ContactRow of(Document row, int dimensions) {
			List<String> keys = new ArrayList<>();
			Document id = (row.get("_id") instanceof Document document) ? document : new Document();
			for (int i = 0; i < dimensions; i++) {
				keys.add(String.valueOf(id.get("k" + i)));
			}
			List<Long> lags = new ArrayList<>();
			for (Object lag : row.getList("lags", Object.class, List.of())) {
				if (lag instanceof Number number && number.longValue() >= 0) {
					lags.add(number.longValue());
				}
			}
			GroupSizes groups = new GroupSizes(number(row, "homeVisitStudents"), number(row, "answeredStudents"),
					number(row, "immediateAnsweringStudents"), number(row, "immediateWithinStudents"));
			return new ContactRow(keys, number(row, "contacts"), number(row, "studentsReached"),
					number(row, "homeVisits"), number(row, "immediateAnswering"), number(row, "immediateWithin24h"),
					lags, groups);
		}

	}

	/**
	 * How many distinct students each figure of a bucket describes, besides those
	 * reached.
	 *
	 * @param homeVisit students of the bucket's home visits
	 * @param answered students of the contacts answering an incident (the median)
	 * @param immediateAnswering students of the immediate contacts answering an incident
	 * @param immediateWithin24h those of them answered within 24 hours
	 */
	record GroupSizes(int homeVisit, int answered, int immediateAnswering, int immediateWithin24h) {
	}

	/**
	 * The buckets and the total of a contact query.
	 *
	 * @param buckets one row per bucket
	 * @param total the whole filter, null when no contact matched
	 */
	record ContactRows(List<ContactRow> buckets, @Nullable ContactRow total) {
	}

	/**
	 * One grade or class as MongoDB computed it.
	 *
	 * @param key the grade or class id
	 * @param students students
	 * @param visited students visited at home this school year
	 */
	record CoverageRow(String key, int students, int visited) {
	}

}
