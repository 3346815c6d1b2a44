package org.jiaxiao.directory.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school of 3 000 students moves in from one generated XLSX sheet with 5 % bad rows:
 * the preview names every bad row and column, writes nothing, pages; the confirmation
 * adds the rest with siblings in one household; the same file again changes nothing.
 */
class LargeSchoolImportTest extends ImportApiTest {

	private static final Logger log = LoggerFactory.getLogger(LargeSchoolImportTest.class);

	private static final int STUDENTS = 3000;

	private static final List<String> HEADERS = List.of("学籍号", "姓名", "性别", "出生日期", "班级", "监护人1姓名", "监护人1关系", "监护人1电话",
			"家庭住址");

	@Autowired
	private MongoTemplate mongo;

	/** The generated file and what a correct import must say about it. */
	private static final class Generated {

		final List<List<String>> rows = new ArrayList<>();

		final Set<String> expectedErrors = new TreeSet<>();

		final Set<Integer> siblingRows = new TreeSet<>();

		final Set<Integer> uncertainRows = new TreeSet<>();

		Generated(List<String> classNames) {
			for (int i = 0; i < STUDENTS; i++) {
				int rowNumber = i + 2;
				String studentNo = "G3101" + (20250000 + i);
				String guardian = "家长" + i;
				String phone = "139%08d".formatted(i);
				String address = "幸福路" + i + "号";
				if (i % 20 == 1) {
					guardian = "家长" + (i - 1);
					phone = "139%08d".formatted(i - 1);
					address = "幸福路" + (i - 1) + "号";
					this.siblingRows.add(rowNumber);
				}
				if (i % 100 == 5) {
					phone = "139%08d".formatted(i - 1);
					this.uncertainRows.add(rowNumber);
				}
				List<String> row = new ArrayList<>(List.of(studentNo, "张" + i, (i % 2 == 0) ? "男" : "女",
						"2016-%02d-%02d".formatted(1 + i % 12, 1 + i % 28), classNames.get(i % classNames.size()),
						guardian, "母亲", phone, address));
				if (i % 20 == 10) {
					switch ((i / 20) % 6) {
						case 0 -> {
							row.set(1, "");
							this.expectedErrors.add(rowNumber + "|姓名|REQUIRED");
						}
						case 1 -> {
							row.set(7, "12345");
							this.expectedErrors.add(rowNumber + "|监护人1电话|BAD_PHONE");
						}
						case 2 -> {
							row.set(4, "九年级1班");
							this.expectedErrors.add(rowNumber + "|班级|UNKNOWN_CLASS");
						}
						case 3 -> {
							row.set(3, "2099-01-01");
							this.expectedErrors.add(rowNumber + "|出生日期|DATE_IN_FUTURE");
						}
						case 4 -> {
							row.set(3, "2016-02-30");
							this.expectedErrors.add(rowNumber + "|出生日期|BAD_DATE");
						}
						default -> {
							row.set(0, this.rows.get(i - 1).get(0));
							this.expectedErrors.add(rowNumber + "|学籍号|DUPLICATE_STUDENT_NO");
							this.expectedErrors.add((rowNumber - 1) + "|学籍号|DUPLICATE_STUDENT_NO");
						}
					}
				}
				this.rows.add(row);
			}
		}

		int errorRows() {
			Set<String> rowsWithErrors = new HashSet<>();
			this.expectedErrors.forEach((error) -> rowsWithErrors.add(error.split("\\|")[0]));
			return rowsWithErrors.size();
		}

	}

	@Test
	void aSchoolOf3000StudentsMovesIn() throws IOException {
		ImportSchool school = new ImportSchool(this.mongo);
		Generated file = new Generated(school.classNames);
		byte[] xlsx = Sheets.xlsx(HEADERS, file.rows);
		HttpGraphQlTester admin = as(school.admin);
		int valid = STUDENTS - file.errorRows();
		assertThat(file.errorRows()).isEqualTo(175);

		long started = System.nanoTime();
		String id = upload(school.admin, "学生名录.xlsx", xlsx);
		Map<String, Object> preview = preview(admin, id, null, 100, null);
		long previewed = System.nanoTime();
		assertThat(summary(preview)).containsEntry("rows", STUDENTS)
			.containsEntry("new", valid)
			.containsEntry("errors", 175)
			.containsEntry("changed", 0)
			.containsEntry("unchanged", 0)
			.containsEntry("left", 0);
		assertThat(preview.get("missingFields")).asList().isEmpty();
		assertThat(errorsOf(admin, id)).isEqualTo(file.expectedErrors);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> matches = (List<Map<String, Object>>) preview.get("householdMatches");
		assertThat(matches).extracting((match) -> (Integer) match.get("rowNumber"))
			.containsExactlyElementsOf(file.uncertainRows);
		assertThat(matches.get(0)).containsEntry("otherStudents", List.of("张4"))
			.containsEntry("otherAddress", "幸福路4号")
			.containsEntry("address", "幸福路5号");

		// The preview wrote nothing: another upload of the same file finds every row new.
		String again = upload(school.admin, "学生名录.xlsx", xlsx);
		Map<String, Object> againPreview = preview(admin, again);
		assertThat(summary(againPreview)).containsEntry("new", valid);

		List<Integer> link = List.copyOf(file.uncertainRows).subList(0, 10);
		long confirming = System.nanoTime();
		Map<String, Object> confirmed = confirm(admin, id, (String) preview.get("previewVersion"), link);
		long done = System.nanoTime();
		log.info("3 000 students: upload and first preview page {} ms, confirmation {} ms",
				(previewed - started) / 1_000_000, (done - confirming) / 1_000_000);
		assertThat(confirmed.get("errors")).asList().isEmpty();
		assertThat(confirmed).containsEntry("studentsAdded", valid)
			.containsEntry("studentsChanged", 0)
			.containsEntry("householdsAdded", valid - file.siblingRows.size() - link.size());

		// The dry-run upload was previewed against the directory before: refused.
		Map<String, Object> stale = confirm(admin, again, (String) againPreview.get("previewVersion"), List.of());
		assertThat(stale.get("errors")).asList().extracting("code").containsExactly("CONFLICT");

		siblingsShareAHousehold(school, id, file, link);

		// The same file again changes nothing, but for the rows a person linked to a
		// household with another address: the file gives that household two addresses.
		String reimport = upload(school.admin, "学生名录.xlsx", xlsx);
		Map<String, Object> reimported = preview(admin, reimport);
		assertThat(summary(reimported)).containsEntry("new", 0)
			.containsEntry("changed", link.size())
			.containsEntry("unchanged", valid - link.size())
			.containsEntry("errors", 175);
		assertThat(nodes(preview(admin, reimport, "CHANGED", 50, null)))
			.extracting((row) -> (Integer) row.get("rowNumber"))
			.containsExactlyElementsOf(link);
		assertThat(reimported.get("householdMatches")).asList().isEmpty();
	}

	/** Every error of the preview as "row|column|code", read page by page. */
	@SuppressWarnings("unchecked")
	private Set<String> errorsOf(HttpGraphQlTester admin, String id) {
		Set<String> errors = new TreeSet<>();
		String after = null;
		int pages = 0;
		while (true) {
			Map<String, Object> page = preview(admin, id, "ERROR", 50, after);
			Map<String, Object> rows = (Map<String, Object>) page.get("rows");
			assertThat(rows).containsEntry("totalCount", 175);
			for (Map<String, Object> row : nodes(page)) {
				assertThat(row).containsEntry("outcome", "ERROR");
				for (Map<String, Object> error : (List<Map<String, Object>>) row.get("errors")) {
					errors.add(row.get("rowNumber") + "|" + error.get("column") + "|" + error.get("code"));
				}
			}
			pages++;
			if (!(Boolean) rows.get("hasNextPage")) {
				break;
			}
			after = (String) rows.get("endCursor");
		}
		assertThat(pages).isEqualTo(4);
		return errors;
	}

	@SuppressWarnings("unchecked")
	private void siblingsShareAHousehold(ImportSchool school, String id, Generated file, List<Integer> linked) {
		HttpGraphQlTester principal = as(school.principal);
		Map<Integer, String> studentIds = new java.util.HashMap<>();
		String after = null;
		do {
			Map<String, Object> page = preview(principal, id, "NEW", 200, after);
			nodes(page).forEach((row) -> studentIds.put((Integer) row.get("rowNumber"), (String) row.get("studentId")));
			Map<String, Object> rows = (Map<String, Object>) page.get("rows");
			after = (Boolean) rows.get("hasNextPage") ? (String) rows.get("endCursor") : null;
		}
		while (after != null);
		int sibling = file.siblingRows.iterator().next();
		assertThat(household(principal, studentIds.get(sibling)))
			.isEqualTo(household(principal, studentIds.get(sibling - 1)));
		int linkedRow = linked.get(0);
		assertThat(household(principal, studentIds.get(linkedRow)))
			.isEqualTo(household(principal, studentIds.get(linkedRow - 1)));
		int unlinked = new ArrayList<>(file.uncertainRows).get(file.uncertainRows.size() - 1);
		assertThat(household(principal, studentIds.get(unlinked)))
			.isNotEqualTo(household(principal, studentIds.get(unlinked - 1)));
	}

	private static String household(HttpGraphQlTester principal, String studentId) {
		return principal.document("query($id: ID!) { student(id: $id) { household { id } } }")
			.variable("id", studentId)
			.execute()
			.path("student.household.id")
			.entity(String.class)
			.get();
	}

}
