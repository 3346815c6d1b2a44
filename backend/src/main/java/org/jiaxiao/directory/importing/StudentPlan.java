package org.jiaxiao.directory.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;
import org.jiaxiao.directory.importing.ImportModel.Change;
import org.jiaxiao.directory.importing.ImportModel.Column;
import org.jiaxiao.directory.importing.ImportModel.ErrorCode;
import org.jiaxiao.directory.importing.ImportModel.HouseholdMatch;
import org.jiaxiao.directory.importing.ImportModel.Outcome;
import org.jiaxiao.directory.importing.ImportModel.Row;
import org.jiaxiao.directory.importing.ImportModel.RowError;
import org.jiaxiao.directory.importing.ImportModel.Summary;
import org.jspecify.annotations.Nullable;

/**
 * What an import of students would do to the directory, row by row, computed from the
 * file and a {@link DirectorySnapshot}; nothing is written here. Students are matched by
 * 学籍号 only, never by name. A new student joins a household (an existing one, or one
 * founded by an earlier row of the file) when a guardian phone matches with the same
 * guardian name and address; with another name or address the match is listed for a
 * person to confirm, and until then the student gets a household of their own.
 */
final class StudentPlan {

	static final List<ImportField> GUARDIAN1 = List.of(ImportField.GUARDIAN1_NAME, ImportField.GUARDIAN1_RELATION,
			ImportField.GUARDIAN1_PHONE);

	static final List<ImportField> GUARDIAN2 = List.of(ImportField.GUARDIAN2_NAME, ImportField.GUARDIAN2_RELATION,
			ImportField.GUARDIAN2_PHONE);

	final List<Row> rows = new ArrayList<>();

	final List<HouseholdMatch> matches = new ArrayList<>();

	/** Valid rows by row number, for applying. */
	final Map<Integer, RowValues> valid = new LinkedHashMap<>();

	/** For a new row: the household it joins for sure, or null to found its own. */
	final Map<Integer, String> certainHousehold = new HashMap<>();

	/**
	 * For a new row: the household (or founding row, "row:N") an uncertain match names.
	 */
	final Map<Integer, String> uncertainHousehold = new HashMap<>();

	final DirectorySnapshot snapshot;

	private StudentPlan(DirectorySnapshot snapshot) {
		this.snapshot = snapshot;
	}

	static StudentPlan of(List<Column> columns, List<List<String>> cells, DirectorySnapshot snapshot, LocalDate today) {
		StudentPlan plan = new StudentPlan(snapshot);
		List<RowValues> read = new ArrayList<>();
		Map<String, Integer> perNumber = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i).stream().allMatch(String::isBlank)) {
				continue;
			}
			RowValues row = RowValues.read(i + 2, columns, cells.get(i), snapshot.classesByName.keySet(), today);
			read.add(row);
			String number = row.get(ImportField.STUDENT_NO);
			if (number != null) {
				perNumber.merge(number, 1, Integer::sum);
			}
		}
		String numberHeader = header(columns, ImportField.STUDENT_NO);
		Set<String> inFile = new HashSet<>();
		Map<String, Phoned> byPhone = plan.householdsByPhone();
		for (RowValues row : read) {
			String number = row.get(ImportField.STUDENT_NO);
			if (number != null) {
				inFile.add(number);
				if (perNumber.get(number) > 1) {
					row.errors.add(
							new RowError(numberHeader, ImportField.STUDENT_NO, ErrorCode.DUPLICATE_STUDENT_NO, number));
				}
			}
			if (!row.errors.isEmpty()) {
				plan.rows.add(new Row(row.rowNumber, Outcome.ERROR, null, number, row.get(ImportField.NAME), List.of(),
						List.copyOf(row.errors)));
				continue;
			}
			plan.valid.put(row.rowNumber, row);
			Document existing = snapshot.studentsByNo.get(number);
			if (existing == null) {
				plan.rows.add(new Row(row.rowNumber, Outcome.NEW, null, number, row.get(ImportField.NAME),
						plan.changes(row, null), List.of()));
				plan.placeInHousehold(row, byPhone);
			}
			else {
				List<Change> changes = plan.changes(row, existing);
				plan.rows.add(new Row(row.rowNumber, changes.isEmpty() ? Outcome.UNCHANGED : Outcome.CHANGED,
						existing.getString("_id"), number, row.get(ImportField.NAME), changes, List.of()));
			}
		}
		snapshot.studentsByNo.forEach((number, student) -> {
			if (!inFile.contains(number)) {
				plan.rows.add(new Row(null, Outcome.LEFT, student.getString("_id"), number, student.getString("name"),
						List.of(), List.of()));
			}
		});
		return plan;
	}

	private static @Nullable String header(List<Column> columns, ImportField field) {
		return columns.stream()
			.filter((column) -> column.field() == field)
			.map(Column::header)
			.findFirst()
			.orElse(null);
	}

	Summary summary() {
		Map<Outcome, Integer> counts = new HashMap<>();
		this.rows.forEach((row) -> counts.merge(row.outcome(), 1, Integer::sum));
		int inFile = (int) this.rows.stream().filter((row) -> row.rowNumber() != null).count();
		return new Summary(inFile, counts.getOrDefault(Outcome.NEW, 0), counts.getOrDefault(Outcome.CHANGED, 0),
				counts.getOrDefault(Outcome.UNCHANGED, 0), counts.getOrDefault(Outcome.LEFT, 0),
				counts.getOrDefault(Outcome.ERROR, 0));
	}

	/**
	 * The field-by-field changes of a row against the directory's student (null: new).
	 */
	private List<Change> changes(RowValues row, @Nullable Document student) {
		Document household = (student != null) ? this.snapshot.households.get(student.getString("householdId")) : null;
		List<?> guardians = (household != null) ? household.getList("guardians", Document.class) : List.of();
		List<Change> changes = new ArrayList<>();
		for (ImportField field : ImportField.values()) {
			String after = row.get(field);
			if (after == null || field == ImportField.STUDENT_NO && student != null) {
				continue;
			}
			String before = (student != null) ? current(field, student, household, guardians) : null;
			if (!Objects.equals(before, after)) {
				changes.add(new Change(field, before, after, false));
			}
		}
		return changes;
	}

	private @Nullable String current(ImportField field, Document student, @Nullable Document household,
			List<?> guardians) {
		return switch (field) {
			case NAME -> student.getString("name");
			case GENDER -> student.getString("gender");
			case BIRTH_DATE -> student.getString("birthDate");
			case CLASS -> {
				var schoolClass = this.snapshot.classesById.get(student.getString("classId"));
				yield (schoolClass != null) ? schoolClass.name() : null;
			}
			case FOCUS_CATEGORIES -> RowValues.focusText(student.getList("focusCategories", Object.class));
			case ADDRESS -> (household != null) ? household.getString("address") : null;
			case GUARDIAN1_NAME, GUARDIAN1_RELATION, GUARDIAN1_PHONE -> guardianField(guardians, 0, field);
			case GUARDIAN2_NAME, GUARDIAN2_RELATION, GUARDIAN2_PHONE -> guardianField(guardians, 1, field);
			default -> null;
		};
	}

	private static @Nullable String guardianField(List<?> guardians, int index, ImportField field) {
		if (guardians.size() <= index) {
			return null;
		}
		Document guardian = (Document) guardians.get(index);
		return switch (field) {
			case GUARDIAN1_NAME, GUARDIAN2_NAME -> guardian.getString("name");
			case GUARDIAN1_RELATION, GUARDIAN2_RELATION -> guardian.getString("relation");
			default -> guardian.getString("phone");
		};
	}

	/**
	 * A household known by a guardian phone: an existing one (id) or one a new row of the
	 * file founds ("row:N").
	 */
	private record Phoned(String key, @Nullable String guardianName, @Nullable String address, List<String> students) {
	}

	private Map<String, Phoned> householdsByPhone() {
		Map<String, List<String>> children = new HashMap<>();
		this.snapshot.studentsByNo.values()
			.forEach((student) -> children.computeIfAbsent(student.getString("householdId"), (id) -> new ArrayList<>())
				.add(student.getString("name")));
		Map<String, Phoned> byPhone = new HashMap<>();
		this.snapshot.households.values().forEach((household) -> {
			for (Document guardian : household.getList("guardians", Document.class)) {
				String phone = guardian.getString("phone");
				if (phone != null) {
					byPhone.putIfAbsent(phone,
							new Phoned(household.getString("_id"), guardian.getString("name"),
									household.getString("address"),
									new ArrayList<>(children.getOrDefault(household.getString("_id"), List.of()))));
				}
			}
		});
		return byPhone;
	}

	private void placeInHousehold(RowValues row, Map<String, Phoned> byPhone) {
		String name = row.get(ImportField.NAME);
		String address = row.get(ImportField.ADDRESS);
		for (List<ImportField> guardian : List.of(GUARDIAN1, GUARDIAN2)) {
			String phone = row.get(guardian.get(2));
			if (phone == null) {
				continue;
			}
			Phoned known = byPhone.get(phone);
			if (known == null) {
				continue;
			}
			String guardianName = row.get(guardian.get(0));
			if (Objects.equals(known.guardianName(), guardianName) && Objects.equals(known.address(), address)) {
				this.certainHousehold.put(row.rowNumber, known.key());
				known.students().add(name);
			}
			else {
				this.uncertainHousehold.put(row.rowNumber, known.key());
				this.matches.add(new HouseholdMatch(row.rowNumber, Objects.requireNonNull(name), phone, guardianName,
						address, known.guardianName(), known.address(), List.copyOf(known.students())));
			}
			return;
		}
		// Founds a household: later rows with its phones may join it.
		for (List<ImportField> guardian : List.of(GUARDIAN1, GUARDIAN2)) {
			String phone = row.get(guardian.get(2));
			if (phone != null) {
				List<String> students = new ArrayList<>();
				students.add(name);
				byPhone.put(phone, new Phoned("row:" + row.rowNumber, row.get(guardian.get(0)), address, students));
			}
		}
	}

}
