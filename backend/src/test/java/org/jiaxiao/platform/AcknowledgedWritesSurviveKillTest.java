package org.jiaxiao.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged write survives {@code kill -9}: the app runs as its own process on a
 * data directory, a homeroom teacher records contacts from several threads (each with an
 * idempotency key, as the SPA sends them) while a phone follows the sync feed and
 * sensitive fields are read, and the process is killed in the middle of it. Started again
 * on the same data, every acknowledged contact is there, the phone's cursor from before
 * the crash delivers it and the contacts recorded after the restart (the change counter
 * did not go back), the audit trail holds an event for every acknowledged write and read,
 * and retrying an acknowledged request with its key answers the same contact. Three
 * rounds on the same data.
 */
class AcknowledgedWritesSurviveKillTest {

	private static final int ROUNDS = 3;

	private static final int WRITERS = 6;

	/** Acknowledged writes per round before the kill. */
	private static final int ACKS_BEFORE_KILL = 40;

	private static final String RECORD = """
			mutation crashRecord($input: RecordContactInput!) {
			  recordContact(input: $input) { contact { id } errors { code message } }
			}""";

	private static final String READ = """
			query crashRead($id: ID!) { student(id: $id) { id focusCategories household { guardians { phone } } } }""";

	private static final String FEED = """
			query crashFeed($since: String) {
			  changes(since: $since, first: 100) { cursor hasMore reset changes { type id tombstone } }
			}""";

	private static final String AUDIT = """
			query crashAudit($actor: ID, $after: String) {
			  auditEvents(filter: {actorId: $actor}, first: 100, after: $after) {
			    edges { node { operation kind studentIds } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	@TempDir
	Path work;

	/** Key → the contact its acknowledged request answered, over all rounds. */
	private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Object>> inputs = new ConcurrentHashMap<>();

	private final AtomicInteger acknowledgedReads = new AtomicInteger();

	/**
	 * What a phone syncing incrementally holds: its cursor and the entries it received.
	 */
	private final Phone phone = new Phone();

	private List<String> students = List.of();

	private String homeroomId = "";

	@Test
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	void acknowledgedWritesAndTheirRecordsSurviveSigkill() throws Exception {
		Path data = this.work.resolve("data");
		CrashedApp app = CrashedApp.start(data, this.work, "app-0");
		try {
			String homeroom = app.token("homeroom");
			JsonNode viewer = app.graphql(homeroom,
					"{ viewer { id classes { students(first: 100) { edges { node { id } } } } } }", Map.of());
			this.homeroomId = viewer.at("/data/viewer/id").asString();
			List<String> ids = new ArrayList<>();
			viewer.at("/data/viewer/classes/0/students/edges")
				.forEach((edge) -> ids.add(edge.at("/node/id").asString()));
			this.students = List.copyOf(ids);
			assertThat(this.students).hasSizeGreaterThan(10);
			this.phone.catchUp(app, homeroom, Set.of());
			for (int round = 1; round <= ROUNDS; round++) {
				Map<String, String> acknowledgedThisRound = burstAndKill(app, round);
				assertThat(acknowledgedThisRound).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
				app = CrashedApp.start(data, this.work, "app-" + round);
				checkAfterRestart(app, round, acknowledgedThisRound);
			}
		}
		finally {
			app.stop();
		}
	}

	/**
	 * Writers and readers run until {@link #ACKS_BEFORE_KILL} writes are acknowledged,
	 * then the app is killed while they still send.
	 */
	private Map<String, String> burstAndKill(CrashedApp app, int round) throws Exception {
		String homeroom = app.token("homeroom");
		Map<String, String> acks = new ConcurrentHashMap<>();
		CountDownLatch enough = new CountDownLatch(ACKS_BEFORE_KILL);
		List<Thread> threads = new ArrayList<>();
		for (int writer = 0; writer < WRITERS; writer++) {
			int w = writer;
			threads.add(started(() -> {
				for (int i = 0;; i++) {
					String key = "crash-r" + round + "-w" + w + "-" + i;
					Map<String, Object> input = input(this.students.get((i * WRITERS + w) % this.students.size()), key);
					this.inputs.put(key, input);
					try {
						String id = record(app, homeroom, input);
						acks.put(key, id);
						this.acknowledged.put(key, id);
						enough.countDown();
					}
					catch (IOException | InterruptedException ex) {
						return; // killed
					}
				}
			}));
		}
		threads.add(started(() -> {
			for (int i = 0;; i++) {
				try {
					JsonNode read = app.graphql(homeroom, READ,
							Map.of("id", this.students.get(i % this.students.size())));
					if (read.path("errors").isEmpty() && read.at("/data/student/id").isString()) {
						this.acknowledgedReads.incrementAndGet();
					}
					this.phone.page(app, homeroom);
				}
				catch (IOException | InterruptedException ex) {
					return;
				}
			}
		}));
		assertThat(enough.await(3, TimeUnit.MINUTES)).as("writes acknowledged before the kill").isTrue();
		app.kill();
		for (Thread thread : threads) {
			thread.join(TimeUnit.MINUTES.toMillis(1));
		}
		return Map.copyOf(acks);
	}

	private void checkAfterRestart(CrashedApp app, int round, Map<String, String> acknowledgedThisRound)
			throws Exception {
		String homeroom = app.token("homeroom");
		// Every acknowledged contact of every round is stored.
		for (String contact : this.acknowledged.values()) {
			JsonNode found = app.graphql(homeroom, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", contact));
			assertThat(found.at("/data/node/id").asString(""))
				.as("acknowledged contact %s after round %d", contact, round)
				.isEqualTo(contact);
		}
		// Recorded after the restart: the phone's cursor from before the crash must still
		// see them, which it does not if the change counter went back.
		for (int i = 0; i < 3; i++) {
			String key = "after-r" + round + "-" + i;
			Map<String, Object> input = input(this.students.get(i), key);
			this.inputs.put(key, input);
			this.acknowledged.put(key, record(app, homeroom, input));
		}
		// Every acknowledged contact reached the phone through the feed: each has its
		// change record.
		this.phone.catchUp(app, homeroom, Set.copyOf(this.acknowledged.values()));
		assertThat(this.phone.received).as("entries the phone received after round %d", round)
			.containsAll(this.acknowledged.values());
		checkAuditTrail(app);
		// A retry of an acknowledged request answers its first result: its key is stored
		// and points at a contact that exists.
		for (var ack : acknowledgedThisRound.entrySet()) {
			assertThat(record(app, homeroom, this.inputs.get(ack.getKey()))).as("retry of %s", ack.getKey())
				.isEqualTo(ack.getValue());
		}
	}

	/** Each acknowledged write and read has its audit event. */
	private void checkAuditTrail(CrashedApp app) throws Exception {
		String principal = app.token("principal");
		Map<String, Integer> writesPerStudent = new HashMap<>();
		int reads = 0;
		String after = null;
		do {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("actor", this.homeroomId);
			variables.put("after", after);
			JsonNode page = app.graphql(principal, AUDIT, variables).at("/data/auditEvents");
			for (JsonNode edge : page.path("edges")) {
				JsonNode event = edge.path("node");
				if ("WRITE".equals(event.path("kind").asString())
						&& "recordContact".equals(event.path("operation").asString())) {
					event.path("studentIds").forEach((id) -> writesPerStudent.merge(id.asString(), 1, Integer::sum));
				}
				else if ("READ".equals(event.path("kind").asString())
						&& "crashRead".equals(event.path("operation").asString())) {
					reads++;
				}
			}
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
		}
		while (after != null);
		Map<String, Integer> acknowledgedPerStudent = new HashMap<>();
		this.acknowledged.keySet().forEach((key) -> acknowledgedPerStudent.merge(studentOf(key), 1, Integer::sum));
		acknowledgedPerStudent.forEach((student, count) -> assertThat(writesPerStudent.getOrDefault(student, 0))
			.as("recordContact events of student %s", student)
			.isGreaterThanOrEqualTo(count));
		assertThat(reads).as("audit events of acknowledged reads").isGreaterThanOrEqualTo(this.acknowledgedReads.get());
	}

	@SuppressWarnings("unchecked")
	private String studentOf(String key) {
		return ((List<String>) this.inputs.get(key).get("studentIds")).get(0);
	}

	private static Map<String, Object> input(String student, String key) {
		return Map.of("studentIds", List.of(student), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
				OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), "summary", "崩溃测试 " + key,
				"idempotencyKey", key);
	}

	/** The contact id of an acknowledged recordContact; IOException when not answered. */
	private static String record(CrashedApp app, String token, Map<String, Object> input)
			throws IOException, InterruptedException {
		JsonNode response = app.graphql(token, RECORD, Map.of("input", input));
		JsonNode id = response.at("/data/recordContact/contact/id");
		if (!id.isString()) {
			throw new IOException("Not acknowledged: " + response);
		}
		return id.asString();
	}

	/** A phone following the sync feed, as docs/mobile.md describes. */
	private static final class Phone {

		private final Set<String> received = ConcurrentHashMap.newKeySet();

		private volatile String cursor;

		/** Reads one page and applies it with its cursor; false when no more now. */
		synchronized boolean page(CrashedApp app, String token) throws IOException, InterruptedException {
			Map<String, Object> variables = new HashMap<>();
			variables.put("since", this.cursor);
			JsonNode feed = app.graphql(token, FEED, variables).at("/data/changes");
			assertThat(feed.path("reset").asBoolean()).as("cursor reset").isFalse();
			feed.path("changes").forEach((change) -> {
				if ("TIMELINE_ENTRY".equals(change.path("type").asString()) && change.path("tombstone").isNull()) {
					this.received.add(change.path("id").asString());
				}
			});
			this.cursor = feed.path("cursor").asString();
			return feed.path("hasMore").asBoolean();
		}

		/**
		 * Pages until nothing more comes and every expected entry arrived, or a minute
		 * passed (a number a killed writer took holds readers back for the grace period).
		 */
		void catchUp(CrashedApp app, String token, Set<String> expected) throws IOException, InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
			while (System.nanoTime() < deadline) {
				boolean more = page(app, token);
				if (!more && this.received.containsAll(expected)) {
					return;
				}
			}
		}

	}

	private static Thread started(Runnable work) {
		Thread thread = new Thread(work);
		thread.start();
		return thread;
	}

}
