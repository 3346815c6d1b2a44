package org.jiaxiao.directory.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bson.Document;
import org.jiaxiao.directory.FocusCategory;
import org.jiaxiao.directory.Gender;
import org.jiaxiao.directory.GuardianRelation;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.importing.ImportModel.Column;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The template (Chinese headers, example rows) and the export of a school's students in
 * the same layout, so that an export imported again changes nothing.
 */
@Service
public class StudentSheets {

	private static final Map<String, String> GENDERS = Map.of(Gender.MALE.name(), "男", Gender.FEMALE.name(), "女");

	private static final Map<String, String> RELATIONS = Map.of(GuardianRelation.MOTHER.name(), "母亲",
			GuardianRelation.FATHER.name(), "父亲", GuardianRelation.GRANDMOTHER.name(), "奶奶",
			GuardianRelation.GRANDFATHER.name(), "爷爷", GuardianRelation.OTHER.name(), "其他");

	private final MongoTemplate mongo;

	StudentSheets(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The headers of the template and the export, in order. */
	static List<String> headers() {
		List<String> headers = new ArrayList<>();
		for (ImportField field : ImportField.values()) {
			headers.add(field.templateHeader());
		}
		return headers;
	}

	/** An XLSX with the headers and two example rows of siblings. */
	public byte[] template() {
		List<List<String>> rows = List.of(
				List.of("G310101201501010011", "张小明", "男", "2015-01-01", "一年级1班", "李芳", "母亲", "13800138000", "张伟", "父亲",
						"13900139000", "浦东新区世纪大道", ""),
				List.of("G310101201703050022", "张小红", "女", "2017-03-05", "一年级2班", "李芳", "母亲", "13800138000", "张伟", "父亲",
						"13900139000", "浦东新区世纪大道", "留守"));
		return write(rows);
	}

	/**
	 * The school's students, as the import reads them. Focus categories are written only
	 * for a caller who may see them (the principal, the campus director); an empty cell
	 * changes nothing on import, so an administrator's export imports as a no-op too.
	 */
	public byte[] export(StaffMember viewer) {
		DirectoryImports.requireImporter(viewer);
		boolean sensitive = viewer.roles().stream().anyMatch((role) -> role.seesWholeSchool());
		DirectorySnapshot snapshot = DirectorySnapshot.load(this.mongo, viewer.schoolId(), List.<Column>of());
		List<List<String>> rows = new ArrayList<>();
		for (Document student : snapshot.studentsByNo.values()) {
			Document household = snapshot.households.get(student.getString("householdId"));
			List<Document> guardians = (household != null) ? household.getList("guardians", Document.class) : List.of();
			var schoolClass = snapshot.classesById.get(student.getString("classId"));
			List<String> row = new ArrayList<>();
			row.add(student.getString("studentNo"));
			row.add(student.getString("name"));
			row.add(GENDERS.getOrDefault(student.getString("gender"), ""));
			row.add(text(student.getString("birthDate")));
			row.add((schoolClass != null) ? schoolClass.name() : "");
			for (int i = 0; i < 2; i++) {
				Document guardian = (i < guardians.size()) ? guardians.get(i) : null;
				row.add((guardian != null) ? text(guardian.getString("name")) : "");
				row.add((guardian != null) ? RELATIONS.getOrDefault(guardian.getString("relation"), "") : "");
				row.add((guardian != null) ? text(guardian.getString("phone")) : "");
			}
			row.add((household != null) ? text(household.getString("address")) : "");
			row.add(sensitive ? focusNames(student.getList("focusCategories", String.class)) : "");
			rows.add(row);
		}
		return write(rows);
	}

	private static String focusNames(List<String> categories) {
		if (categories == null) {
			return "";
		}
		return String.join(",",
				categories.stream().map((name) -> FocusCategory.valueOf(name).name()).sorted().toList());
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private static byte[] write(List<List<String>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("学生名录");
			writeRow(sheet.createRow(0), headers());
			for (int i = 0; i < rows.size(); i++) {
				writeRow(sheet.createRow(i + 1), rows.get(i));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Writing a sheet in memory failed", ex);
		}
	}

	private static void writeRow(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			row.createCell(c).setCellValue(cells.get(c));
		}
	}

}
