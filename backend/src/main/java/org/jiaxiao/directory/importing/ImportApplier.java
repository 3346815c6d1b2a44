package org.jiaxiao.directory.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.jiaxiao.directory.ContactChannel;
import org.jiaxiao.directory.FocusCategory;
import org.jiaxiao.directory.Gender;
import org.jiaxiao.directory.Guardian;
import org.jiaxiao.directory.GuardianRelation;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.importing.ImportModel.Change;
import org.jiaxiao.directory.importing.ImportModel.Outcome;
import org.jiaxiao.directory.importing.ImportModel.Row;
import org.jiaxiao.platform.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Writes a {@link StudentPlan}: new households and students in bulk, changed fields of
 * existing students and households with {@code $set} (the embedded timeline untouched).
 * An empty cell changes nothing; guardians keep their ids, so consents stay theirs.
 */
final class ImportApplier {

	/**
	 * What was applied.
	 *
	 * @param appliedRows new and changed rows, with their students' ids
	 * @param studentClasses per student, the classes concerned
	 * @param householdIds households added or changed
	 * @param studentsAdded students added
	 * @param studentsChanged students changed
	 * @param householdsAdded households added
	 */
	record Result(List<Row> appliedRows, Map<String, List<String>> studentClasses, Set<String> householdIds,
			int studentsAdded, int studentsChanged, int householdsAdded) {
	}

	private final MongoTemplate mongo;

	ImportApplier(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Result apply(StoredImport stored, StudentPlan plan, Set<Integer> linkRows) {
		DirectorySnapshot snapshot = plan.snapshot;
		Map<String, String> foundedHouseholds = new HashMap<>();
		List<Household> newHouseholds = new ArrayList<>();
		List<Document> newStudents = new ArrayList<>();
		BulkOperations studentUpdates = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, "students");
		BulkOperations householdUpdates = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, "households");
		List<Row> applied = new ArrayList<>();
		Map<String, List<String>> studentClasses = new LinkedHashMap<>();
		Set<String> householdIds = new LinkedHashSet<>();
		int changed = 0;
		int householdUpdateCount = 0;
		for (Row row : plan.rows) {
			if (row.outcome() != Outcome.NEW && row.outcome() != Outcome.CHANGED) {
				continue;
			}
			RowValues values = plan.valid.get(row.rowNumber());
			SchoolClass schoolClass = snapshot.classesByName.get(values.get(ImportField.CLASS));
			if (row.outcome() == Outcome.NEW) {
				String householdId = householdOf(values, plan, linkRows, foundedHouseholds);
				if (householdId == null) {
					householdId = Ids.newId("hh");
					foundedHouseholds.put("row:" + values.rowNumber, householdId);
					newHouseholds.add(new Household(householdId, stored.schoolId(), guardians(values, List.of()),
							values.get(ImportField.ADDRESS), null, null));
				}
				String studentId = Ids.newId("stu");
				newStudents.add(newStudent(studentId, stored.schoolId(), schoolClass, values, householdId));
				applied.add(withStudent(row, studentId));
				studentClasses.put(studentId, List.of(schoolClass.id()));
				householdIds.add(householdId);
				continue;
			}
			Document student = snapshot.studentsByNo.get(row.studentNo());
			String studentId = student.getString("_id");
			Update update = studentUpdate(row.changes(), schoolClass);
			if (!update.getUpdateObject().isEmpty()) {
				studentUpdates.updateOne(Query.query(where("_id").is(studentId)), update);
			}
			String householdId = student.getString("householdId");
			Document household = snapshot.households.get(householdId);
			Update householdUpdate = householdUpdate(row.changes(), values, household);
			if (householdUpdate != null) {
				householdUpdates.updateOne(Query.query(where("_id").is(householdId)), householdUpdate);
				householdUpdateCount++;
				householdIds.add(householdId);
			}
			List<String> classes = new ArrayList<>(List.of(schoolClass.id()));
			if (!schoolClass.id().equals(student.getString("classId"))) {
				classes.add(student.getString("classId"));
			}
			studentClasses.put(studentId, classes);
			applied.add(withStudent(row, studentId));
			changed++;
		}
		if (!newHouseholds.isEmpty()) {
			this.mongo.insert(newHouseholds, Household.class);
		}
		if (!newStudents.isEmpty()) {
			this.mongo.insert(newStudents, "students");
		}
		if (changed > 0) {
			studentUpdates.execute();
		}
		if (householdUpdateCount > 0) {
			householdUpdates.execute();
		}
		return new Result(applied, studentClasses, householdIds, newStudents.size(), changed, newHouseholds.size());
	}

	private static Row withStudent(Row row, String studentId) {
		return new Row(row.rowNumber(), row.outcome(), studentId, row.studentNo(), row.name(), row.changes(),
				row.errors());
	}

	/** The household a new row joins, or null to found its own. */
	private static @Nullable String householdOf(RowValues values, StudentPlan plan, Set<Integer> linkRows,
			Map<String, String> foundedHouseholds) {
		String key = plan.certainHousehold.get(values.rowNumber);
		if (key == null && linkRows.contains(values.rowNumber)) {
			key = plan.uncertainHousehold.get(values.rowNumber);
		}
		if (key == null) {
			return null;
		}
		return key.startsWith("row:") ? foundedHouseholds.get(key) : key;
	}

	private Document newStudent(String id, String schoolId, SchoolClass schoolClass, RowValues values,
			String householdId) {
		String focus = values.get(ImportField.FOCUS_CATEGORIES);
		List<FocusCategory> categories = (focus == null || focus.isEmpty()) ? null
				: java.util.Arrays.stream(focus.split(",")).map(FocusCategory::valueOf).toList();
		Student student = new Student(id, schoolId, schoolClass.id(), schoolClass.grade(),
				values.get(ImportField.STUDENT_NO), values.get(ImportField.NAME),
				Gender.valueOf(values.get(ImportField.GENDER)), householdId, null, null, categories);
		Document document = new Document();
		this.mongo.getConverter().write(student, document);
		String birthDate = values.get(ImportField.BIRTH_DATE);
		if (birthDate != null) {
			document.put("dateOfBirth", storedDate(birthDate));
		}
		return document;
	}

	/** A day of the sheet as the directory stores a {@code LocalDate}. */
	private Object storedDate(String isoDay) {
		return this.mongo.getConverter().convertToMongoType(LocalDate.parse(isoDay));
	}

	private Update studentUpdate(List<Change> changes, SchoolClass schoolClass) {
		Update update = new Update();
		for (Change change : changes) {
			switch (change.field()) {
				case NAME -> update.set("name", change.after());
				case GENDER -> update.set("gender", change.after());
				case BIRTH_DATE -> update.set("dateOfBirth", storedDate(change.after()));
				case CLASS -> update.set("classId", schoolClass.id()).set("grade", schoolClass.grade());
				case FOCUS_CATEGORIES ->
					update.set("focusCategories", (change.after() == null || change.after().isEmpty()) ? List.of()
							: List.of(change.after().split(",")));
				default -> {
				}
			}
		}
		return update;
	}

	private @Nullable Update householdUpdate(List<Change> changes, RowValues values, @Nullable Document household) {
		boolean guardiansChanged = changes.stream()
			.anyMatch((change) -> StudentPlan.GUARDIAN1.contains(change.field())
					|| StudentPlan.GUARDIAN2.contains(change.field()));
		boolean addressChanged = changes.stream().anyMatch((change) -> change.field() == ImportField.ADDRESS);
		if (household == null || !guardiansChanged && !addressChanged) {
			return null;
		}
		Update update = new Update();
		if (addressChanged) {
			update.set("address", values.get(ImportField.ADDRESS));
		}
		if (guardiansChanged) {
			List<Guardian> current = household.getList("guardians", Document.class)
				.stream()
				.map((guardian) -> this.mongo.getConverter().read(Guardian.class, guardian))
				.toList();
			List<Document> written = new ArrayList<>();
			for (Guardian guardian : guardians(values, current)) {
				Document document = new Document();
				this.mongo.getConverter().write(guardian, document);
				document.remove("_class");
				written.add(document);
			}
			update.set("guardians", written);
		}
		return update;
	}

	/**
	 * The guardians after the row: the first two take the row's values where it gives
	 * them, keeping their ids; any others stay as they are.
	 */
	private static List<Guardian> guardians(RowValues values, List<Guardian> current) {
		List<Guardian> result = new ArrayList<>(current);
		List<List<ImportField>> slots = List.of(StudentPlan.GUARDIAN1, StudentPlan.GUARDIAN2);
		for (int i = 0; i < slots.size(); i++) {
			List<ImportField> slot = slots.get(i);
			String name = values.get(slot.get(0));
			String relation = values.get(slot.get(1));
			String phone = values.get(slot.get(2));
			if (i < result.size()) {
				Guardian was = result.get(i);
				result.set(i,
						new Guardian(was.id(), (name != null) ? name : was.name(),
								(relation != null) ? GuardianRelation.valueOf(relation) : was.relation(),
								(phone != null) ? phone : was.phone(), was.preferredChannel()));
			}
			else if (name != null) {
				result.add(new Guardian(Ids.newId("gdn"), name,
						(relation != null) ? GuardianRelation.valueOf(relation) : GuardianRelation.OTHER, phone,
						ContactChannel.PHONE));
			}
		}
		return result;
	}

}
