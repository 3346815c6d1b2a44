package org.jiaxiao.directory.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may import, the encodings of CSV files, the column mapping, a changed row's before
 * and after with its audit, and an export that imports as a no-op.
 */
class ImportRulesTest extends ImportApiTest {

	private static final List<String> HEADERS = List.of("学号", "姓名", "性别", "班级", "家长姓名", "联系电话");

	@Autowired
	private MongoTemplate mongo;

	private static List<List<String>> twoStudents(String className) {
		return List.of(List.of("S001", "王小丽", "女", className, "王芳", "13812345678"),
				List.of("S002", "李大伟", "男", className, "李强", "13912345678"));
	}

	@Test
	void csvInGbkAndInUtf8WithBomReadTheSame() {
		ImportSchool school = new ImportSchool(this.mongo);
		HttpGraphQlTester admin = as(school.admin);
		for (byte[] file : List.of(Sheets.csv(HEADERS, twoStudents("一年级1班"), Charset.forName("GBK"), false),
				Sheets.csv(HEADERS, twoStudents("一年级1班"), StandardCharsets.UTF_8, true),
				Sheets.csv(HEADERS, twoStudents("一年级1班"), StandardCharsets.UTF_8, false))) {
			Map<String, Object> preview = preview(admin, upload(school.admin, "名单.csv", file));
			assertThat(summary(preview)).containsEntry("new", 2).containsEntry("errors", 0);
			assertThat(nodes(preview)).extracting((row) -> row.get("name")).containsExactly("王小丽", "李大伟");
		}
	}

	@Test
	void onlyTheSchoolsAdministratorAndPrincipalImport() {
		byte[] file = Sheets.csv(HEADERS, twoStudents("一年级1班"), StandardCharsets.UTF_8, false);
		postFile(null, "名单.csv", file).expectStatus().isUnauthorized();
		postFile(token("homeroom"), "名单.csv", file).expectStatus().isForbidden();
		postFile(token("analyst"), "名单.csv", file).expectStatus().isForbidden();
		this.http.get().uri("/api/directory-imports/template.xlsx").exchange().expectStatus().isUnauthorized();
		this.http.get()
			.uri("/api/directory-exports/students.xlsx")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token("homeroom"))
			.exchange()
			.expectStatus()
			.isForbidden();

		String id = upload("school-admin", "名单.csv", file);
		assertThat(preview(as("principal"), id)).containsEntry("id", id);
		as("homeroom").document("query($id: ID!) { directoryImport(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify();
		// The tutoring centre's director keeps another directory: the school's upload is
		// not theirs to see or confirm.
		as("director").document("query($id: ID!) { directoryImport(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.path("directoryImport")
			.valueIsNull();
		assertThat(confirm(as("director"), id, "any", List.of()).get("errors")).asList()
			.extracting("code")
			.containsExactly("NOT_FOUND");
		Map<String, Object> discarded = asMap(as("school-admin")
			.document("mutation($id: ID!) { discardDirectoryImport(input: {importId: $id}) { discarded } }")
			.variable("id", id)
			.execute()
			.path("discardDirectoryImport")
			.entity(Map.class)
			.get());
		assertThat(discarded).containsEntry("discarded", true);
	}

	@Test
	void aColumnMappedByHandIsKeptForTheSchoolsNextFile() {
		ImportSchool school = new ImportSchool(this.mongo);
		HttpGraphQlTester admin = as(school.admin);
		List<String> headers = List.of("学号", "孩子名字", "性别", "班级");
		byte[] file = Sheets.csv(headers, List.of(List.of("S009", "赵一", "男", "二年级3班")), StandardCharsets.UTF_8, false);
		String id = upload(school.admin, "名单.csv", file);
		Map<String, Object> unmapped = preview(admin, id);
		assertThat(unmapped.get("missingFields")).asList().containsExactly("NAME");
		assertThat(nodes(unmapped).get(0)).containsEntry("outcome", "ERROR");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> errors = (List<Map<String, Object>>) nodes(unmapped).get(0).get("errors");
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error).containsEntry("field", "NAME").containsEntry("code", "REQUIRED");
			assertThat(error.get("column")).isNull();
		});

		Map<String, Object> mapped = asMap(admin.document("""
				mutation($id: ID!) {
				  mapDirectoryImportColumns(input: {importId: $id, columns: [{header: "孩子名字", field: NAME}]}) {
				    directoryImport { missingFields summary { new errors } }
				    errors { code }
				  }
				}""").variable("id", id).execute().path("mapDirectoryImportColumns").entity(Map.class).get());
		assertThat(mapped.get("errors")).asList().isEmpty();
		assertThat(asMap(asMap(mapped.get("directoryImport")).get("summary"))).containsEntry("new", 1)
			.containsEntry("errors", 0);

		Map<String, Object> next = preview(admin, upload(school.admin, "名单2.csv", file));
		assertThat(next.get("missingFields")).asList().isEmpty();
		assertThat(next.get("columns")).asList()
			.contains(Map.of("header", "孩子名字", "field", "NAME", "recognised", false));
	}

	@Test
	void aChangedRowShowsBeforeAndAfterAndIsAudited() {
		ImportSchool school = new ImportSchool(this.mongo);
		HttpGraphQlTester admin = as(school.admin);
		String first = upload(school.admin, "名单.csv",
				Sheets.csv(HEADERS, twoStudents("一年级1班"), StandardCharsets.UTF_8, false));
		Map<String, Object> firstPreview = preview(admin, first);
		confirm(admin, first, (String) firstPreview.get("previewVersion"), List.of());

		List<List<String>> moved = List.of(List.of("S001", "王晓丽", "女", "一年级2班", "王芳", "13812345678"),
				List.of("S002", "李大伟", "男", "一年级1班", "李强", "139-1234-5678"));
		String second = upload(school.admin, "名单.csv", Sheets.csv(HEADERS, moved, StandardCharsets.UTF_8, false));
		Map<String, Object> preview = preview(admin, second);
		assertThat(summary(preview)).containsEntry("changed", 1).containsEntry("unchanged", 1);
		Map<String, Object> changed = nodes(preview).get(0);
		assertThat(changed).containsEntry("outcome", "CHANGED");
		assertThat(changed.get("changes")).asList()
			.containsExactly(Map.of("field", "NAME", "before", "王小丽", "after", "王晓丽", "masked", false),
					Map.of("field", "CLASS", "before", "一年级1班", "after", "一年级2班", "masked", false));
		Map<String, Object> confirmed = confirm(admin, second, (String) preview.get("previewVersion"), List.of());
		assertThat(confirmed).containsEntry("studentsChanged", 1);

		Map<String, Object> event = asMap(as(school.principal)
			.document("{ auditEvents(first: 5) { edges { node { operation kind fields studentIds } } } }")
			.execute()
			.path("auditEvents.edges[0].node")
			.entity(Map.class)
			.get());
		assertThat(event).containsEntry("operation", "confirmDirectoryImport")
			.containsEntry("kind", "WRITE")
			.containsEntry("studentIds", List.of(changed.get("studentId")));
		assertThat(event.get("fields")).asList().contains("NAME", "CLASS", "directoryImport:" + second);
		// The applied import keeps the before and after the audit event points to.
		assertThat(nodes(preview(as(school.principal), second)).get(0).get("changes")).asList().hasSize(2);
	}

	@Test
	void anExportImportsAgainAsANoOp() {
		byte[] export = this.http.get()
			.uri("/api/directory-exports/students.xlsx")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token("principal"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		HttpGraphQlTester principal = as("principal");
		String id = upload("principal", "学生名录.xlsx", export);
		Map<String, Object> preview = preview(principal, id);
		Map<String, Object> summary = summary(preview);
		assertThat(summary).containsEntry("new", 0)
			.containsEntry("changed", 0)
			.containsEntry("errors", 0)
			.containsEntry("left", 0);
		assertThat((Integer) summary.get("unchanged")).isEqualTo(summary.get("rows")).isGreaterThan(0);
		assertThat(confirm(principal, id, (String) preview.get("previewVersion"), List.of()))
			.containsEntry("studentsAdded", 0)
			.containsEntry("studentsChanged", 0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

}
