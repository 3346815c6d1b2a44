package org.jiaxiao.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.jiaxiao.directory.FocusCategory;
import org.jiaxiao.platform.mongo.ElementMatch;
import org.jiaxiao.task.StudentFacts;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.TimelineExpressions;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import static org.jiaxiao.timeline.TimelineExpressions.EACH_ENTRY;
import static org.jiaxiao.timeline.TimelineExpressions.ENTRY;
import static org.jiaxiao.timeline.TimelineExpressions.and;
import static org.jiaxiao.timeline.TimelineExpressions.countOf;
import static org.jiaxiao.timeline.TimelineExpressions.filtered;
import static org.jiaxiao.timeline.TimelineExpressions.formIn;
import static org.jiaxiao.timeline.TimelineExpressions.liveContact;
import static org.jiaxiao.timeline.TimelineExpressions.oneIf;

/**
 * The figures a compliance report counts from the embedded timelines, each one
 * aggregation pipeline in MongoDB ($match on indexed fields, $unwind the timeline,
 * $group): only the totals come back, never the student documents. Withdrawn contacts do
 * not count; a contact shared by siblings counts once for its author.
 */
@Component
class TimelineFigures {

	private final MongoTemplate mongo;

	TimelineFigures(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Per teacher and month (in the school's zone): families contacted (any form),
	 * contacts and home visits in [from, to).
	 */
	Map<String, Map<YearMonth, TeacherMonth>> teacherMonths(String schoolId, Collection<String> teacherIds,
			Instant from, Instant to, ZoneId zone, Collection<ContactForm> homeVisitForms) {
		if (teacherIds.isEmpty()) {
			return Map.of();
		}
		Document range = new Document("$gte", Date.from(from)).append("$lt", Date.from(to));
		List<Document> pipeline = List.of(new Document("$match", new Document("schoolId", schoolId).append("timeline",
				// The period before the authors: the embedded server tests
				// them in this order, and most entries fail the cheap one.
				ElementMatch.allOf(new Document("occurredAt", range),
						new Document("authorId", new Document("$in", List.copyOf(teacherIds)))))),
				// Only these teachers' live contacts of the period, with only the fields
				// counted, are unwound.
				new Document("$project", new Document("timeline",
						slim(filtered(and(liveContact(EACH_ENTRY, from, to),
								new Document("$in", List.of(EACH_ENTRY + ".authorId", List.copyOf(teacherIds)))))))),
				new Document("$unwind", ENTRY),
				// Siblings share one contact: once per contact.
				new Document("$group",
						new Document("_id", ENTRY + "._id").append("authorId", first("authorId"))
							.append("householdId", first("householdId"))
							.append("homeVisit", new Document("$first", oneIf(formIn(homeVisitForms))))
							.append("occurredAt", first("occurredAt"))),
				new Document("$addFields",
						new Document("month",
								new Document("$dateToString",
										new Document("format", "%Y-%m").append("date", "$occurredAt")
											.append("timezone", zone.getId())))),
				new Document("$facet",
						new Document("families", List.of(
								new Document("$group",
										new Document("_id", new Document("a", "$authorId").append("m", "$month")
											.append("h", "$householdId"))),
								new Document("$group",
										new Document("_id", new Document("a", "$_id.a").append("m", "$_id.m"))
											.append("n", new Document("$sum", 1)))))
							.append("contacts",
									List.of(new Document("$group",
											new Document("_id", new Document("a", "$authorId").append("m", "$month"))
												.append("n", new Document("$sum", 1))
												.append("visits", new Document("$sum", "$homeVisit")))))));
		Map<String, Map<YearMonth, TeacherMonth>> figures = new HashMap<>();
		for (Document result : aggregate(pipeline)) {
			for (Document row : result.getList("contacts", Document.class)) {
				Document key = row.get("_id", Document.class);
				figures.computeIfAbsent(key.getString("a"), (id) -> new HashMap<>())
					.merge(YearMonth.parse(key.getString("m")),
							new TeacherMonth(0, number(row, "n"), number(row, "visits")), TeacherMonth::plus);
			}
			for (Document row : result.getList("families", Document.class)) {
				Document key = row.get("_id", Document.class);
				figures.computeIfAbsent(key.getString("a"), (id) -> new HashMap<>())
					.merge(YearMonth.parse(key.getString("m")), new TeacherMonth(number(row, "n"), 0, 0),
							TeacherMonth::plus);
			}
		}
		return figures;
	}

	/**
	 * Per class: students home-visited since the school year began (and who is not),
	 * families met face to face, focus students with their extra visits and a visit in
	 * the winter break.
	 */
	Map<String, ClassFigures> classes(Collection<String> classIds, Window window) {
		if (classIds.isEmpty()) {
			return Map.of();
		}
		List<String> categories = Arrays.stream(FocusCategory.values()).map(Enum::name).toList();
		// The school year's live contacts once per student, then the three counts over
		// those few (the winter break lies within the school year).
		Document homeVisit = formIn(EACH_ENTRY, window.homeVisitForms());
		Document inWinter = and(
				new Document("$gte", List.of(EACH_ENTRY + ".occurredAt", Date.from(window.winterStart()))),
				new Document("$lt", List.of(EACH_ENTRY + ".occurredAt", Date.from(window.winterEnd()))));
		Document student = new Document("classId", 1).append("studentNo", 1)
			.append("householdId", 1)
			.append("focusCategories", 1);
		List<Document> pipeline = List.of(
				// Students who left (status set) are out of coverage.
				new Document("$match",
						new Document("classId", new Document("$in", List.copyOf(classIds))).append("status", null)),
				// Counted from the timeline array in place: one row per student, no entry
				// unwound.
				new Document("$project",
						new Document(student).append("timeline",
								filtered(liveContact(EACH_ENTRY, window.yearStart(), window.end())))),
				new Document("$project",
						new Document(student).append("visits", countOf(homeVisit))
							.append("winterVisits", countOf(and(homeVisit, inWinter)))
							.append("faceToFace", countOf(formIn(EACH_ENTRY, window.faceToFaceForms())))),
				new Document("$facet",
						new Document("students",
								List.of(new Document("$group",
										new Document("_id", "$classId").append("students", new Document("$sum", 1))
											.append("visited", new Document("$sum", oneIf(positive("$visits")))))))
							.append("notVisited", List.of(new Document("$match", new Document("visits", 0)),
									new Document("$group",
											new Document("_id", "$classId").append("ids",
													new Document("$push",
															new Document("id", "$_id").append("no", "$studentNo"))))))
							.append("families", List.of(
									new Document("$group",
											new Document("_id", new Document("c", "$classId").append(
													"h", "$householdId"))
												.append("met", new Document("$sum", "$faceToFace"))),
									new Document("$group",
											new Document("_id", "$_id.c").append("families",
													new Document("$sum", 1))
												.append("met", new Document("$sum", oneIf(positive("$met")))))))
							.append("focus", List.of(
									new Document("$match",
											new Document("focusCategories", new Document("$in", categories))),
									new Document("$group",
											new Document("_id", "$classId").append("focus", new Document("$sum", 1))
												.append("extra", new Document("$sum",
														oneIf(new Document("$gte",
																List.of("$visits", 1 + window.focusExtraVisits())))))
												.append("winter",
														new Document("$sum", oneIf(positive("$winterVisits")))))))));
		Map<String, ClassFigures> figures = new HashMap<>();
		for (Document result : aggregate(pipeline)) {
			for (Document row : result.getList("students", Document.class)) {
				figures.put(row.getString("_id"),
						ClassFigures.EMPTY.withStudents(number(row, "students"), number(row, "visited")));
			}
			for (Document row : result.getList("notVisited", Document.class)) {
				List<String> ids = row.getList("ids", Document.class)
					.stream()
					.sorted(Comparator.comparing((Document id) -> String.valueOf(id.get("no")))
						.thenComparing((id) -> id.getString("id")))
					.map((id) -> id.getString("id"))
					.toList();
				figures.computeIfPresent(row.getString("_id"), (id, f) -> f.withNotVisited(ids));
			}
			for (Document row : result.getList("families", Document.class)) {
				figures.computeIfPresent(row.getString("_id"),
						(id, f) -> f.withFamilies(number(row, "families"), number(row, "met")));
			}
			for (Document row : result.getList("focus", Document.class)) {
				figures.computeIfPresent(row.getString("_id"),
						(id, f) -> f.withFocus(number(row, "focus"), number(row, "extra"), number(row, "winter")));
			}
		}
		return figures;
	}

	/** The entries with only what the teachers' figures read. */
	private static Document slim(Document entries) {
		Document fields = new Document("_id", EACH_ENTRY + "._id");
		for (String field : List.of("authorId", "householdId", "form", "occurredAt")) {
			fields.append(field, EACH_ENTRY + "." + field);
		}
		return new Document("$map",
				new Document("input", entries).append("as", TimelineExpressions.EACH).append("in", fields));
	}

	private List<Document> aggregate(List<Document> pipeline) {
		List<Document> rows = new ArrayList<>();
		this.mongo.getCollection(StudentFacts.STUDENTS).aggregate(pipeline).into(rows);
		return rows;
	}

	private static Document first(String field) {
		return new Document("$first", ENTRY + "." + field);
	}

	private static Document positive(String field) {
		return new Document("$gt", List.of(field, 0));
	}

	static int number(Document row, String field) {
		Object value = row.get(field);
		return (value instanceof Number n) ? n.intValue() : 0;
	}

	/**
	 * What a class's figures count: home visits and face-to-face contacts since the
	 * school year began, up to the period's end (or now), and the winter break.
	 *
	 * @param yearStart start of the school year
	 * @param end end of the counted time
	 * @param winterStart start of the winter break (equal to its end when none)
	 * @param winterEnd end of the winter break, capped at {@code end}
	 * @param homeVisitForms forms that count as home visits
	 * @param faceToFaceForms forms that count as face to face
	 * @param focusExtraVisits extra visits a focus student should have
	 */
	record Window(Instant yearStart, Instant end, Instant winterStart, Instant winterEnd,
			List<ContactForm> homeVisitForms, List<ContactForm> faceToFaceForms, int focusExtraVisits) {
	}

	/**
	 * One teacher's month.
	 *
	 * @param families families contacted
	 * @param contacts contacts recorded
	 * @param homeVisits home visits
	 */
	record TeacherMonth(int families, int contacts, int homeVisits) {

		static final TeacherMonth NONE = new TeacherMonth(0, 0, 0);

		TeacherMonth plus(TeacherMonth other) {
			return new TeacherMonth(this.families + other.families, this.contacts + other.contacts,
					this.homeVisits + other.homeVisits);
		}

	}

	/**
	 * One class's coverage.
	 *
	 * @param students students in the class
	 * @param visited students home-visited this school year
	 * @param notVisited the others, in student-number order
	 * @param families households of the class
	 * @param metFaceToFace households met face to face this school year
	 * @param focus focus students
	 * @param focusWithExtra focus students with the extra visits
	 * @param focusWinter focus students visited in the winter break
	 */
	record ClassFigures(int students, int visited, List<String> notVisited, int families, int metFaceToFace, int focus,
			int focusWithExtra, int focusWinter) {

		static final ClassFigures EMPTY = new ClassFigures(0, 0, List.of(), 0, 0, 0, 0, 0);

		ClassFigures withStudents(int count, int visitedCount) {
			return new ClassFigures(count, visitedCount, this.notVisited, this.families, this.metFaceToFace, this.focus,
					this.focusWithExtra, this.focusWinter);
		}

		ClassFigures withNotVisited(List<String> ids) {
			return new ClassFigures(this.students, this.visited, ids, this.families, this.metFaceToFace, this.focus,
					this.focusWithExtra, this.focusWinter);
		}

		ClassFigures withFamilies(int count, int met) {
			return new ClassFigures(this.students, this.visited, this.notVisited, count, met, this.focus,
					this.focusWithExtra, this.focusWinter);
		}

		ClassFigures withFocus(int count, int extra, int winter) {
			return new ClassFigures(this.students, this.visited, this.notVisited, this.families, this.metFaceToFace,
					count, extra, winter);
		}

	}

}
