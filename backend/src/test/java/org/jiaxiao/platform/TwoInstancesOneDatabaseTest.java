package org.jiaxiao.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.jiaxiao.support.FreePort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app processes on one database, as behind a load balancer: instance B uses instance
 * A's embedded MongoDB through its fixed port. A directory change made outside the app
 * reaches both within the cache's time to live, and a request retried on the other
 * instance with the same idempotency key answers the first result without a second write.
 */
class TwoInstancesOneDatabaseTest {

	private static final Duration CACHE_TTL = Duration.ofSeconds(2);

	private static final String CLASS_NAME = "query twoClass($id: ID!) { class(id: $id) { name } }";

	private static final String RECORD = """
			mutation twoRecord($input: RecordContactInput!) {
			  recordContact(input: $input) { contact { id } errors { code message } }
			}""";

	private static final String TIMELINE = """
			query twoTimeline($id: ID!) {
			  student(id: $id) { timeline(first: 100) { edges { node { id ... on Contact { summary } } } } }
			}""";

	@TempDir
	Path work;

	@Test
	@Timeout(value = 5, unit = TimeUnit.MINUTES)
	void twoInstancesShareOneDatabase() throws Exception {
		int mongoPort = FreePort.find();
		String ttl = "--jiaxiao.directory.cache-ttl=" + CACHE_TTL.toMillis() + "ms";
		String uri = "mongodb://127.0.0.1:" + mongoPort + "/jiaxiao?directConnection=true";
		CrashedApp a = start("instance-a", List.of("--jiaxiao.embedded-mongo.port=" + mongoPort, ttl));
		CrashedApp b = null;
		try {
			b = start("instance-b", List.of("--spring.mongodb.uri=" + uri, "--jiaxiao.demo-data.enabled=false", ttl));
			String onA = a.token("homeroom");
			String onB = b.token("homeroom");

			assertThat(className(a, onA)).isEqualTo(className(b, onB));
			String renamed = className(a, onA) + "（改）";
			try (MongoClient outside = MongoClients.create(uri)) {
				outside.getDatabase("jiaxiao")
					.getCollection("classes")
					.updateOne(Filters.eq("_id", "cls_1_1"), Updates.set("name", renamed));
			}
			long changedAt = System.nanoTime();
			Duration onBoth = Duration.ofNanos(awaitName(b, onB, renamed) - changedAt);
			awaitName(a, onA, renamed);
			// The time to live, plus a request's own time on a busy machine.
			assertThat(onBoth).isLessThan(CACHE_TTL.plusSeconds(3));

			String student = a
				.graphql(onA, "{ viewer { classes { students(first: 1) { edges { node { id } } } } } }", Map.of())
				.at("/data/viewer/classes/0/students/edges/0/node/id")
				.asString();
			Map<String, Object> input = Map.of("studentIds", List.of(student), "form", "PHONE", "kind", "ROUTINE",
					"occurredAt", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(),
					"summary", "两个实例的重试", "idempotencyKey", "two-instances-1");
			String first = contactId(a.graphql(onA, RECORD, Map.of("input", input)));
			String retried = contactId(b.graphql(onB, RECORD, Map.of("input", input)));
			assertThat(retried).isEqualTo(first);
			JsonNode timeline = b.graphql(onB, TIMELINE, Map.of("id", student));
			long copies = 0;
			for (JsonNode edge : timeline.at("/data/student/timeline/edges")) {
				if ("两个实例的重试".equals(edge.at("/node/summary").asString(""))) {
					copies++;
				}
			}
			assertThat(copies).as("contacts written").isEqualTo(1);
		}
		finally {
			if (b != null) {
				b.stop();
			}
			a.stop();
		}
	}

	private CrashedApp start(String name, List<String> settings) {
		try {
			return CrashedApp.start(this.work.resolve("data-" + name), this.work.resolve(name), name, settings);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String className(CrashedApp app, String token) throws Exception {
		return app.graphql(token, CLASS_NAME, Map.of("id", "cls_1_1")).at("/data/class/name").asString();
	}

	/** Polls until the class shows {@code name}; the moment it did (nanoTime). */
	private static long awaitName(CrashedApp app, String token, String name) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!name.equals(className(app, token))) {
			assertThat(System.nanoTime()).as("class renamed within 30 s").isLessThan(deadline);
			Thread.onSpinWait();
		}
		return System.nanoTime();
	}

	private static String contactId(JsonNode response) {
		JsonNode id = response.at("/data/recordContact/contact/id");
		assertThat(id.isString()).as(response.toString()).isTrue();
		return id.asString();
	}

}
