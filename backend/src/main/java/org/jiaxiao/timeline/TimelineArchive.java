package org.jiaxiao.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.bson.Document;

import org.jiaxiao.directory.SchoolYears;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Moves closed school years out of the student documents into {@code timeline_archive},
 * one document per student and year. Copy first ({@code $addToSet}, so a second copy adds
 * nothing), then remove from the student: a run cut off between the two is completed by
 * running it again, and no entry is lost or doubled.
 */
@Component
class TimelineArchive {

	private static final int PAGE = 200;

	private final MongoTemplate mongo;

	TimelineArchive(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Archives every entry of the school's students that lies before the school year
	 * {@code keepFrom}.
	 * @return how many students had entries moved
	 */
	int archiveBefore(String schoolId, int keepFrom, ZoneId zone) {
		Instant boundary = LocalDate.of(keepFrom, 9, 1).atStartOfDay(zone).toInstant();
		int moved = 0;
		String after = "";
		while (true) {
			Query page = Query.query(where("schoolId").is(schoolId).and("_id").gt(after))
				.with(Sort.by("_id"))
				.limit(PAGE);
			page.fields().include("timeline");
			List<StudentTimeline> students = this.mongo.find(page, StudentTimeline.class);
			for (StudentTimeline student : students) {
				if (archive(student, boundary, zone)) {
					moved++;
				}
			}
			if (students.size() < PAGE) {
				return moved;
			}
			after = students.get(students.size() - 1).id();
		}
	}

	/** The archived entries of a student, newest year first. */
	List<TimelineEntry> entries(String studentId) {
		Query query = Query.query(where("studentId").is(studentId)).with(Sort.by(Sort.Direction.DESC, "schoolYear"));
		return this.mongo.find(query, ArchivedYear.class)
			.stream()
			.flatMap((year) -> year.entriesOrNone().stream())
			.toList();
	}

	/** The copy step alone, exposed so a crash between copy and removal can be tested. */
	void copy(String studentId, Map<Integer, List<TimelineEntry>> byYear) {
		byYear.forEach((year, entries) -> this.mongo.upsert(Query.query(where("_id").is(studentId + ":" + year)),
				new Update().set("studentId", studentId)
					.set("schoolYear", year)
					.addToSet("entries")
					.each(entries.toArray()),
				ArchivedYear.class));
	}

	private boolean archive(StudentTimeline student, Instant boundary, ZoneId zone) {
		Map<Integer, List<TimelineEntry>> byYear = student.entries()
			.stream()
			.filter((entry) -> entry.occurredAt().isBefore(boundary))
			.collect(Collectors.groupingBy((entry) -> SchoolYears.of(entry.occurredAt(), zone), TreeMap::new,
					Collectors.toList()));
		if (byYear.isEmpty()) {
			return false;
		}
		copy(student.id(), byYear);
		this.mongo.updateFirst(Query.query(where("_id").is(student.id())),
				new Update().pull("timeline", new Document("occurredAt", new Document("$lt", Date.from(boundary)))),
				StudentTimeline.class);
		return true;
	}

}
