package org.jiaxiao.directory.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.importing.ImportModel.Column;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The part of a school's directory an import compares with: its classes, its students'
 * directory fields (never their timelines) and their households. Its version is a hash of
 * all of it and of the mapping, so a confirmation can tell that nothing changed since the
 * preview it was given.
 */
final class DirectorySnapshot {

	static final String[] STUDENT_FIELDS = { "_id", "studentNo", "name", "gender", "classId", "grade", "householdId",
			"dateOfBirth", "focusCategories" };

	final Map<String, SchoolClass> classesByName = new LinkedHashMap<>();

	final Map<String, SchoolClass> classesById = new HashMap<>();

	/** Students by 学籍号, in id order. */
	final Map<String, Document> studentsByNo = new LinkedHashMap<>();

	final Map<String, Document> households = new HashMap<>();

	final String version;

	private DirectorySnapshot(MongoTemplate mongo, String schoolId, List<Column> columns) {
		for (SchoolClass schoolClass : mongo
			.find(Query.query(where("schoolId").is(schoolId)).with(Sort.by("grade", "name")), SchoolClass.class)) {
			this.classesByName.put(schoolClass.name(), schoolClass);
			this.classesById.put(schoolClass.id(), schoolClass);
		}
		Query students = Query.query(where("schoolId").is(schoolId)).with(Sort.by("_id"));
		students.fields().include(STUDENT_FIELDS);
		List<Document> studentDocuments = mongo.find(students, Document.class, "students");
		List<String> householdIds = new ArrayList<>();
		for (Document student : studentDocuments) {
			Object dateOfBirth = student.get("dateOfBirth");
			if (dateOfBirth != null) {
				// Compared and exported as the sheet writes it; stored as the directory's
				// date.
				LocalDate day = mongo.getConverter().getConversionService().convert(dateOfBirth, LocalDate.class);
				student.put("birthDate", String.valueOf(day));
			}
			this.studentsByNo.put(student.getString("studentNo"), student);
			householdIds.add(student.getString("householdId"));
		}
		Query householdQuery = Query.query(where("_id").in(householdIds)).with(Sort.by("_id"));
		householdQuery.fields().include("_id", "guardians", "address");
		for (Document household : mongo.find(householdQuery, Document.class, "households")) {
			this.households.put(household.getString("_id"), household);
		}
		this.version = hash(columns, studentDocuments);
	}

	static DirectorySnapshot load(MongoTemplate mongo, String schoolId, List<Column> columns) {
		return new DirectorySnapshot(mongo, schoolId, columns);
	}

	private String hash(List<Column> columns, List<Document> students) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			columns.forEach((column) -> digest
				.update((column.header() + "=" + column.field() + ";").getBytes(StandardCharsets.UTF_8)));
			this.classesById.values()
				.stream()
				.map(SchoolClass::toString)
				.sorted()
				.forEach((text) -> digest.update(text.getBytes(StandardCharsets.UTF_8)));
			students.forEach((student) -> digest.update(student.toJson().getBytes(StandardCharsets.UTF_8)));
			this.households.values()
				.stream()
				.map(Document::toJson)
				.sorted()
				.forEach((text) -> digest.update(text.getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest(), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
