package org.jiaxiao.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.jiaxiao.support.ApiTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies of {@code POST /graphql} cannot tie the server up: one declared too large is
 * refused before a byte of it is read, a chunked one is counted as it comes, one sent too
 * slowly is cut off at the read deadline, and while slow senders trickle, other requests
 * are answered. The server here has only four request threads, fewer than the slow
 * senders, so a body read that held a thread would starve everyone else.
 */
@TestPropertySource(properties = { "server.tomcat.threads.max=4", "server.tomcat.threads.min-spare=1",
		"jiaxiao.graphql.body.read-timeout=4s" })
class RequestBodyLimitsTest extends ApiTest {

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(4);

	/**
	 * Waits for an answer at most this long: the deadline with ample room for a busy
	 * machine.
	 */
	private static final Duration PATIENCE = READ_TIMEOUT.plusSeconds(13);

	private static final String RECORD_CONTACT = "mutation RecordContact($input: RecordContactInput!) { "
			+ "recordContact(input: $input) { contact { id } errors { code field message } } }";

	private static final String VIEWER = "{\"query\":\"{ viewer { username } }\"}";

	@LocalServerPort
	private int port;

	private final ScheduledExecutorService trickle = Executors.newScheduledThreadPool(2);

	private final List<RawHttp> open = new ArrayList<>();

	@AfterEach
	void closeConnections() throws IOException {
		this.trickle.shutdownNow();
		for (RawHttp connection : this.open) {
			connection.close();
		}
	}

	@Test
	void aBodyDeclaredTooLargeIsRefusedBeforeItIsRead() throws IOException {
		RawHttp http = openConnection();
		http.send(RawHttp.head(token("homeroom"), "Content-Length: 104857600"));
		String response = http.response();
		assertThat(RawHttp.status(response)).isEqualTo(413);
		assertThat(response).contains("\"code\":\"REQUEST_TOO_LARGE\"")
			.contains("\"errors\"")
			.contains("\"extensions\":{\"requestId\":");
	}

	@Test
	void aChunkedBodyIsCountedAndRefusedOnceTooLarge() throws IOException {
		RawHttp http = openConnection();
		http.send(RawHttp.head(token("homeroom"), "Transfer-Encoding: chunked"));
		String chunk = " ".repeat(8192);
		// 17 chunks of 8 KB: just over the 128 KB limit, and no final chunk.
		for (int i = 0; i < 17; i++) {
			http.send(Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
		}
		String response = http.response();
		assertThat(RawHttp.status(response)).isEqualTo(413);
		assertThat(response).contains("\"code\":\"REQUEST_TOO_LARGE\"");
	}

	@Test
	void aSmallChunkedBodyIsAnswered() throws IOException {
		RawHttp http = openConnection();
		http.send(RawHttp.head(token("homeroom"), "Transfer-Encoding: chunked"));
		http.send(Integer.toHexString(VIEWER.length()) + "\r\n" + VIEWER + "\r\n0\r\n\r\n");
		String response = http.response();
		assertThat(RawHttp.status(response)).isEqualTo(200);
		assertThat(response).contains("\"username\":\"homeroom\"");
	}

	/**
	 * The limit's reason: the largest valid request, a contact with every text field at
	 * its maximum length in Chinese (3 bytes a character), must fit under it.
	 */
	@Test
	void theLargestValidContactFitsUnderTheLimit() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("studentIds",
				List.of("stu_1", "stu_2", "stu_3", "stu_4", "stu_5", "stu_6", "stu_7", "stu_8", "stu_9", "stu_10"));
		input.put("form", "HOME_VISIT");
		input.put("kind", "ROUTINE");
		input.put("occurredAt", "2026-11-01T09:00:00+08:00");
		input.put("summary", "长".repeat(4000));
		input.put("place", "长".repeat(200));
		input.put("otherParticipants", "长".repeat(200));
		for (String field : List.of("schoolReport", "familyReport", "familySituationObserved", "homeLearningGuidance",
				"analysis", "countermeasure", "agreedMeasures", "schoolMatter")) {
			input.put(field, "长".repeat(2000));
		}
		input.put("followUps", Collections.nCopies(20,
				Map.of("action", "长".repeat(500), "owner", "长".repeat(50), "dueDate", "2026-11-30")));
		input.put("idempotencyKey", "k".repeat(100));
		String body = JsonMapper.builder()
			.build()
			.writeValueAsString(Map.of("query", RECORD_CONTACT, "variables", Map.of("input", input)));
		assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(90_000);
		String response = this.http.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + token("homeroom"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(response).contains("\"recordContact\"").doesNotContain("REQUEST_TOO_LARGE");
	}

	@Test
	void aBodySentByteByByteIsCutOffAtTheDeadline() throws IOException {
		RawHttp http = slowSender(token("homeroom"));
		String response = http.response();
		assertThat(RawHttp.status(response)).isEqualTo(408);
		assertThat(response).contains("\"code\":\"REQUEST_TIMEOUT\"");
	}

	@Test
	void otherRequestsAreAnsweredWhileSlowSendersTrickle() throws IOException {
		String token = token("homeroom");
		assertThat(viewer(token)).contains("\"username\":\"homeroom\"");
		for (int i = 0; i < 8; i++) {
			slowSender(token);
		}
		String response = viewer(token);
		assertThat(RawHttp.status(response)).isEqualTo(200);
		assertThat(response).contains("\"username\":\"homeroom\"");
	}

	private String viewer(String token) throws IOException {
		RawHttp http = openConnection();
		byte[] body = VIEWER.getBytes(StandardCharsets.UTF_8);
		http.send(RawHttp.head(token, "Content-Length: " + body.length));
		http.send(body);
		return http.response();
	}

	/**
	 * Declares a 100 KB body (under the size limit) and sends it one byte every 50 ms:
	 * each byte arrives well within any per-read timeout, so only a deadline for the
	 * whole body stops it. Returns once the server has asked for the body (100 Continue),
	 * that is, once it is reading.
	 */
	private RawHttp slowSender(String token) throws IOException {
		RawHttp http = openConnection();
		http.send(RawHttp.head(token, "Content-Length: 100000\r\nExpect: 100-continue"));
		assertThat(http.interimResponse()).startsWith("HTTP/1.1 100");
		http.send("{\"query\":\"");
		this.trickle.scheduleAtFixedRate(() -> {
			try {
				http.send(new byte[] { ' ' });
			}
			catch (IOException ex) {
				throw new IllegalStateException("the server closed the connection", ex);
			}
		}, 50, 50, TimeUnit.MILLISECONDS);
		return http;
	}

	private RawHttp openConnection() throws IOException {
		RawHttp http = RawHttp.connect(this.port, PATIENCE);
		this.open.add(http);
		return http;
	}

}
