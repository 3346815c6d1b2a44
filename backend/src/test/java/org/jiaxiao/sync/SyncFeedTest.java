package org.jiaxiao.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.TeachingAssignment;
import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_2;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The sync feed through the API with the mobile app's registered documents: a snapshot of
 * the caller's scope and nothing else, changes in scope only, inserts, amendments and
 * withdrawals by two concurrent writers followed without missing any, tombstones for
 * withdrawn entries and for students of a class the caller no longer teaches.
 */
class SyncFeedTest extends ApiTest {

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private DirectoryService directory;

	@Autowired
	private SignedSyncCursors cursors;

	@Test
	void aSnapshotOfTheCallersClassThenOnlyChangesInScope() {
		HttpGraphQlTester homeroom = as("homeroom");
		Set<String> class11 = new HashSet<>(studentsOf(as("principal"), CLASS_1_1));
		Model model = new Model();
		String cursor = model.drain(homeroom, null, 30);
		assertThat(model.students).isEqualTo(class11);
		assertThat(model.entryDeliveries).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
		assertThat(model.entryStudents.values()).allSatisfy((ids) -> assertThat(class11).containsAll(ids));
		String elsewhere = record(as("subject"), studentsOf(as("principal"), CLASS_1_2).get(0));
		Model later = new Model();
		cursor = later.drain(homeroom, cursor, 30);
		assertThat(later.entries).doesNotContainKey(elsewhere);
		String student = studentsOf(as("principal"), CLASS_1_1).get(3);
		String here = record(as("subject"), student);
		later.drain(homeroom, cursor, 30);
		assertThat(later.entries).containsKey(here);
		assertThat(later.entryStudents.get(here)).containsExactly(student);
		assertThat(later.students).contains(student);
	}

	@Test
	void twoConcurrentWritersInsertAmendAndRetractWhileTheReaderMissesNothing() throws Exception {
		List<String> class11 = studentsOf(as("principal"), CLASS_1_1);
		Model model = new Model();
		HttpGraphQlTester reader = as("grade-leader");
		String start = model.drain(reader, null, 30);
		Map<String, Integer> expectedVersions = new HashMap<>();
		Set<String> expectedRetracted = new HashSet<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService threads = Executors.newFixedThreadPool(3);
		List<Future<Map<String, Integer>>> writers = new ArrayList<>();
		List<String> users = List.of("homeroom", "subject");
		for (int w = 0; w < users.size(); w++) {
			HttpGraphQlTester writer = as(users.get(w));
			List<String> students = class11.subList(w * 10, w * 10 + 8);
			writers.add(threads.submit(() -> {
				Map<String, Integer> outcome = new HashMap<>();
				List<String> contacts = new ArrayList<>();
				for (String student : students) {
					contacts.add(record(writer, student));
				}
				for (int i = 0; i < contacts.size(); i++) {
					if (i < 3) {
						amend(writer, contacts.get(i));
						outcome.put(contacts.get(i), 1);
					}
					else if (i < 5) {
						retract(writer, contacts.get(i));
						outcome.put(contacts.get(i), -1);
					}
					else {
						outcome.put(contacts.get(i), 0);
					}
				}
				return outcome;
			}));
		}
		Future<String> polling = threads.submit(() -> {
			String cursor = start;
			while (writing.get()) {
				cursor = model.page(reader, cursor, 20).cursor();
				Thread.sleep(20);
			}
			return cursor;
		});
		for (Future<Map<String, Integer>> writer : writers) {
			writer.get(120, TimeUnit.SECONDS).forEach((id, version) -> {
				if (version < 0) {
					expectedRetracted.add(id);
				}
				else {
					expectedVersions.put(id, version);
				}
			});
		}
		writing.set(false);
		String cursor = polling.get(60, TimeUnit.SECONDS);
		threads.shutdown();
		model.drain(reader, cursor, 20);
		assertThat(expectedVersions).hasSize(12);
		assertThat(expectedRetracted).hasSize(4);
		expectedVersions.forEach((id, version) -> assertThat(model.entries).as(id).containsEntry(id, version));
		assertThat(model.tombstones).containsAllEntriesOf(
				expectedRetracted.stream().collect(java.util.stream.Collectors.toMap((id) -> id, (id) -> "RETRACTED")));
		assertThat(model.entries).doesNotContainKeys(expectedRetracted.toArray(String[]::new));
	}

	@Test
	void aClassNoLongerTaughtGivesTombstonesAndANewClassItsSnapshot() {
		String username = "sync-teacher-" + System.nanoTime();
		String staffId = "stf_" + username;
		this.mongo.insert(new StaffMember(staffId, username, "同步老师", "sch_demo", Set.of(StaffRole.SUBJECT_TEACHER),
				List.of(), List.of(new TeachingAssignment("cls_3_1", "美术", false))));
		try {
			HttpGraphQlTester teacher = as(username);
			HttpGraphQlTester principal = as("principal");
			Model model = new Model();
			String cursor = model.drain(teacher, null, 30);
			assertThat(model.students).containsExactlyInAnyOrderElementsOf(studentsOf(principal, "cls_3_1"));
			this.mongo.updateFirst(Query.query(where("_id").is(staffId)),
					new Update().set("assignments", List.of(new TeachingAssignment("cls_3_2", "美术", false))),
					StaffMember.class);
			// Changed behind the app's back: without this it applies within the cache's
			// TTL.
			this.directory.forgetCachedRecords();
			model.drain(teacher, cursor, 30);
			assertThat(model.students).containsExactlyInAnyOrderElementsOf(studentsOf(principal, "cls_3_2"));
			assertThat(model.studentTombstones).containsExactlyInAnyOrderElementsOf(studentsOf(principal, "cls_3_1"));
		}
		finally {
			this.mongo.remove(Query.query(where("_id").is(staffId)), StaffMember.class);
		}
	}

	@Test
	void aCursorFromAnotherSchoolResetsAndAForeignOneIsABadRequest() {
		String foreign = this.cursors.encode(SyncCursor.inLog("sch_other", 0, List.of()), staffId("homeroom"));
		Page page = new Model().page(as("homeroom"), foreign, 5);
		assertThat(page.reset()).isTrue();
		assertThat(page.changes()).isNotEmpty();
		expectRefused(as("homeroom"), "not-a-cursor", null);
	}

	@Test
	void aCursorWithAnEditedClassListIsRefusedAndLeaksNoTombstones() {
		HttpGraphQlTester homeroom = as("homeroom");
		String cursor = new Model().drain(homeroom, null, 30);
		// What the attacker did: decode, put another class (here the tutoring
		// centre's group and class 1-2) into the remembered scope, encode again.
		String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		assertThat(raw).contains(CLASS_1_1);
		String edited = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(
					raw.replace(CLASS_1_1, CLASS_1_1 + "," + CLASS_1_2 + ",cls_t8_1").getBytes(StandardCharsets.UTF_8));
		expectRefused(homeroom, edited, SignedSyncCursors.TAMPERED);
		// The same with the signature cut off, and with a signature of its own.
		String unsigned = raw.substring(0, raw.lastIndexOf('\u001f') + 1) + "AAAA";
		expectRefused(homeroom,
				Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned.getBytes(StandardCharsets.UTF_8)),
				SignedSyncCursors.TAMPERED);
		// The genuine cursor still works.
		assertThat(new Model().page(homeroom, cursor, 5).reset()).isFalse();
	}

	@Test
	void anotherTeachersCursorIsRefused() {
		String homeroomsCursor = new Model().drain(as("homeroom"), null, 30);
		expectRefused(as("subject"), homeroomsCursor, SignedSyncCursors.NOT_YOURS);
	}

	@Test
	void anUnsignedCursorOfTheOldFormatResetsToTheCallersOwnScope() {
		String old = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(
					String.join("\u001f", "sync", "1", "sch_demo", "L", "0", "", "0", "*", CLASS_1_1 + "," + CLASS_1_2)
						.getBytes(StandardCharsets.UTF_8));
		Model model = new Model();
		Page page = model.page(as("homeroom"), old, 30);
		assertThat(page.reset()).isTrue();
		assertThat(model.students).isNotEmpty();
		assertThat(model.studentTombstones).isEmpty();
		assertThat(studentsOf(as("principal"), CLASS_1_1)).containsAll(model.students);
	}

	private void expectRefused(HttpGraphQlTester client, String since, @Nullable String code) {
		client.document(document("SyncChanges"))
			.variable("since", since)
			.execute()
			.errors()
			.expect((error) -> "BAD_REQUEST".equals(String.valueOf(error.getErrorType()))
					&& (code == null || code.equals(error.getExtensions().get("code"))))
			.verify()
			.path("changes")
			.pathDoesNotExist();
	}

	private String staffId(String username) {
		return this.directory.staffByUsername(username).orElseThrow().id();
	}

	static String record(HttpGraphQlTester writer, String studentId) {
		return writer.document(document("RecordContact"))
			.variable("input",
					Map.of("studentIds", List.of(studentId), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
							OffsetDateTime.now().minusMinutes(5).toString(), "summary", "同步测试"))
			.execute()
			.path("recordContact.contact.id")
			.entity(String.class)
			.get();
	}

	static void amend(HttpGraphQlTester writer, String contactId) {
		writer.document(document("AmendContact"))
			.variable("input", Map.of("contactId", contactId, "expectedVersion", 0, "summary", "同步测试（已修改）"))
			.execute()
			.path("amendContact.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	static void retract(HttpGraphQlTester writer, String contactId) {
		writer.document(document("RetractContact"))
			.variable("input", Map.of("contactId", contactId, "reason", "记错了学生"))
			.execute()
			.path("retractContact.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	static String document(String name) {
		try {
			return new ClassPathResource("persisted-queries/" + name + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An offline copy, as a client keeps it: upserts by id, tombstones drop. */
	static final class Model {

		final Set<String> students = new HashSet<>();

		final Set<String> studentTombstones = new HashSet<>();

		/** Entry id to its version (0 for entries other than contacts). */
		final Map<String, Integer> entries = new HashMap<>();

		final Map<String, List<String>> entryStudents = new HashMap<>();

		final Map<String, String> tombstones = new HashMap<>();

		final Map<String, Integer> entryDeliveries = new HashMap<>();

		/** Reads pages until none is left; returns the last cursor. */
		synchronized String drain(HttpGraphQlTester client, @Nullable String since, int first) {
			String cursor = since;
			for (int round = 0; round < 500; round++) {
				Page page = page(client, cursor, first);
				cursor = page.cursor();
				if (!page.hasMore()) {
					return cursor;
				}
			}
			throw new AssertionError("The feed never ended");
		}

		synchronized Page page(HttpGraphQlTester client, @Nullable String since, int first) {
			Page page = client.document(document("SyncChanges"))
				.variable("since", since)
				.variable("first", first)
				.execute()
				.path("changes")
				.entity(Page.class)
				.get();
			assertThat(page.changes().stream().map((item) -> item.type() + item.id()))
				.as("an item appears once in a page")
				.doesNotHaveDuplicates();
			page.changes().forEach(this::apply);
			return page;
		}

		private void apply(Item item) {
			if ("STUDENT".equals(item.type())) {
				if (item.tombstone() != null) {
					this.students.remove(item.id());
					this.studentTombstones.add(item.id());
				}
				else {
					this.students.add(item.id());
				}
				return;
			}
			if (item.tombstone() != null) {
				this.entries.remove(item.id());
				this.tombstones.put(item.id(), item.tombstone());
				return;
			}
			Object version = (item.entry() != null) ? item.entry().get("version") : null;
			this.entries.put(item.id(), (version instanceof Number number) ? number.intValue() : 0);
			this.entryStudents.put(item.id(), item.studentIds());
			this.tombstones.remove(item.id());
			this.entryDeliveries.merge(item.id(), 1, Integer::sum);
		}

	}

	record Item(String type, String id, @Nullable String tombstone, @Nullable Map<String, Object> student,
			@Nullable Map<String, Object> entry, List<String> studentIds) {
	}

	record Page(String cursor, boolean hasMore, boolean reset, List<Item> changes) {
	}

}
