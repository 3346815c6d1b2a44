package org.jiaxiao.platform.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.jiaxiao.JiaxiaoApplication;
import org.jiaxiao.support.DemoSchoolFacts;

import static org.jiaxiao.support.StartedApp.tester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A school exported from one app and imported into another app's empty database comes
 * back whole: the same documents in every collection, the same audit trail, the same
 * answers to the same GraphQL queries, and a change log that keeps counting. A damaged
 * archive is refused before anything is written.
 */
class SchoolArchiveRoundTripTest {

	private static final String SCHOOL = "sch_demo";

	/** Stored state that is not one school's data; the decision record says why. */
	private static final Set<String> NOT_SCHOOL_DATA = Set.of("counters", "locks", "sync_keys", "idempotency_keys",
			"persisted_queries", "directory_imports");

	@TempDir
	static Path files;

	private static ConfigurableApplicationContext source;

	private static ConfigurableApplicationContext target;

	@BeforeAll
	static void start() {
		source = start(true);
		target = start(false);
	}

	@AfterAll
	static void stop() {
		if (source != null) {
			source.close();
		}
		if (target != null) {
			target.close();
		}
	}

	@Test
	void aSchoolSurvivesExportAndImportIntoAnEmptyDatabase() throws IOException {
		HttpGraphQlTester homeroom = tester(source, "homeroom");
		String student = DemoSchoolFacts.studentsOf(tester(source, "principal"), DemoSchoolFacts.CLASS_1_1).get(0);
		recordContact(homeroom, student, "导出前的家访记录");
		recordContact(homeroom, student, "导出前的电话记录");
		homeroom
			.document("mutation { openEscalation(input: { studentId: \"" + student
					+ "\", kind: SCHOOL_REFERRAL, matter: \"导出前的转介\" }) { escalation { id } errors { code } } }")
			.execute()
			.path("openEscalation.errors")
			.entityList(Object.class)
			.hasSize(0);
		Map<String, Object> timeline = studentAnswer(homeroom, student);
		List<Object> escalations = escalationsAnswer(homeroom, student);
		List<String> auditIds = auditIds(tester(source, "principal"));

		Path archive = files.resolve("sch_demo.jsonl.gz");
		List<String> progress = new ArrayList<>();
		ArchiveManifest manifest = source.getBean(SchoolArchive.class).export(SCHOOL, archive, progress::add);
		assertThat(progress).anyMatch((line) -> line.startsWith("audit_events: "));

		Path damaged = damage(archive);
		SchoolArchive importer = target.getBean(SchoolArchive.class);
		assertThatThrownBy(() -> importer.importFrom(damaged, (line) -> {
		})).isInstanceOf(ArchiveRefused.class).hasMessageContaining("Checksum mismatch");
		for (String collection : importer.collections().keySet()) {
			assertThat(mongo(target).getCollection(collection).countDocuments()).as(collection).isZero();
		}

		importer.importFrom(archive, (line) -> {
		});

		for (ArchiveManifest.ArchivedCollection collection : manifest.collections()) {
			List<Document> before = schoolDocuments(source, collection.name());
			assertThat(schoolDocuments(target, collection.name())).as(collection.name())
				.hasSize((int) collection.documents())
				.isEqualTo(before);
		}
		assertThat(manifest.collections()).filteredOn((collection) -> collection.documents() > 0)
			.extracting(ArchiveManifest.ArchivedCollection::name)
			.contains("schools", "students", "households", "staff", "audit_events", "changes", "escalations");

		HttpGraphQlTester movedHomeroom = tester(target, "homeroom");
		assertThat(studentAnswer(movedHomeroom, student)).isEqualTo(timeline);
		assertThat(escalationsAnswer(movedHomeroom, student)).isEqualTo(escalations);
		assertThat(auditIds(tester(target, "principal"))).containsSubsequence(auditIds);

		long imported = newestChange(target);
		recordContact(movedHomeroom, student, "导入后的记录");
		assertThat(newestChange(target)).isGreaterThan(imported);
		assertThatThrownBy(() -> importer.importFrom(archive, (line) -> {
		})).isInstanceOf(ArchiveRefused.class).hasMessageContaining("already holds school");
	}

	@Test
	void everyStoredCollectionIsEitherASchoolsOrDeclaredNotToBe() {
		Set<String> stored = new TreeSet<>(mongo(source).getCollectionNames());
		stored.removeAll(source.getBean(SchoolArchive.class).collections().keySet());
		stored.removeAll(NOT_SCHOOL_DATA);
		assertThat(stored).isEmpty();
	}

	private static List<Document> schoolDocuments(ConfigurableApplicationContext app, String name) {
		SchoolCollection collection = source.getBean(SchoolArchive.class).collections().get(name);
		Document filter = collection.filterForSchool().apply(SCHOOL);
		if (app == target && name.startsWith("timeline_")) {
			filter = target.getBean(SchoolArchive.class).collections().get(name).filterForSchool().apply(SCHOOL);
		}
		return mongo(app).getCollection(name).find(filter).sort(new Document("_id", 1)).into(new ArrayList<>());
	}

	private static long newestChange(ConfigurableApplicationContext app) {
		Document newest = mongo(app).getCollection("changes").find().sort(new Document("_id", -1)).limit(1).first();
		return ((Number) newest.get("_id")).longValue();
	}

	/** A copy of the archive with one character of one document changed. */
	private static Path damage(Path archive) throws IOException {
		String text;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String changed = text.replaceFirst("导出前的家访记录", "导出前的家访纪录");
		assertThat(changed).isNotEqualTo(text);
		Path damaged = files.resolve("damaged.jsonl.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(damaged))) {
			out.write(changed.getBytes(StandardCharsets.UTF_8));
		}
		return damaged;
	}

	private static void recordContact(HttpGraphQlTester teacher, String student, String summary) {
		teacher.documentName("recordContact")
			.variable("input",
					Map.of("studentIds", List.of(student), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
							OffsetDateTime.now().minusHours(1).toString(), "summary", summary))
			.execute()
			.path("recordContact.contact.id")
			.hasValue();
	}

	private static Map<String, Object> studentAnswer(HttpGraphQlTester teacher, String student) {
		return teacher.documentName("student")
			.variable("id", student)
			.variable("first", 100)
			.execute()
			.path("student")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private static List<Object> escalationsAnswer(HttpGraphQlTester teacher, String student) {
		return teacher
			.document("{ escalations(first: 20, filter: { studentId: \"" + student
					+ "\" }) { edges { node { id state kind openedAt } } } }")
			.execute()
			.path("escalations.edges")
			.entityList(Object.class)
			.get();
	}

	private static List<String> auditIds(HttpGraphQlTester principal) {
		return principal.documentName("auditEvents")
			.variable("first", 100)
			.execute()
			.path("auditEvents.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private static MongoTemplate mongo(ConfigurableApplicationContext app) {
		return app.getBean(MongoTemplate.class);
	}

	private static ConfigurableApplicationContext start(boolean demo) {
		return new SpringApplicationBuilder(JiaxiaoApplication.class).profiles("dev")
			.run("--server.port=0", "--jiaxiao.embedded-mongo.in-memory=true", "--spring.mongodb.uri=",
					"--jiaxiao.demo-data.enabled=" + demo, "--jiaxiao.compliance.sweep.enabled=false");
	}

}
