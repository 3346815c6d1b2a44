package org.jiaxiao.timeline;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.SchoolCollection;
import org.jiaxiao.platform.archive.SchoolDataExport;

/**
 * The timeline's own collections in a school's archive: entries moved out of a student's
 * document (overflow, past school years). They name the student, not the school, so they
 * are selected through the school's students. Recent entries live in the student's
 * document, which the directory exports.
 */
@Component
class TimelineSchoolData implements SchoolDataExport {

	private final MongoTemplate mongo;

	TimelineSchoolData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public List<SchoolCollection> schoolCollections() {
		return List.of(new SchoolCollection(TimelineOverflow.COLLECTION, this::ofStudents),
				new SchoolCollection("timeline_archive", this::ofStudents));
	}

	private Document ofStudents(String schoolId) {
		List<Object> ids = new ArrayList<>();
		this.mongo.getCollection("students")
			.find(new Document("schoolId", schoolId))
			.projection(new Document("_id", 1))
			.forEach((student) -> ids.add(student.get("_id")));
		return new Document("studentId", new Document("$in", ids));
	}

}
