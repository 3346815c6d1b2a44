package org.jiaxiao.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jiaxiao.platform.mongo.FullDiskFilePath;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.jiaxiao.support.StartedApp.http;
import static org.jiaxiao.support.StartedApp.tester;
import static org.jiaxiao.support.StartedApp.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response waits for the commit (decision 14) on the paths a plain request does not
 * take: a body that arrives in pieces, answered from an asynchronous dispatch, and an
 * answer too large for the container's buffer, part of which is sent before the commit.
 * The disk fills up in between, so a response that did not wait would acknowledge what
 * was never stored.
 */
class FullDiskResponsesTest {

	private static final String CLASS_OF = "{ viewer { classes { students(first: 1) { edges { node { id } } } } } }";

	@TempDir
	Path data;

	@AfterEach
	void free() {
		FullDiskFilePath.free();
	}

	@Test
	void aBodyReadInPiecesIsAnsweredOnlyOnceStored() throws IOException {
		FullDiskFilePath.register();
		String file = FullDiskFilePath.SCHEME + ":" + this.data.resolve("jiaxiao.mv");
		String student;
		String response;
		try (ConfigurableApplicationContext app = FullDiskTest.start(file)) {
			HttpGraphQlTester homeroom = tester(app, "homeroom");
			student = homeroom.document(CLASS_OF)
				.execute()
				.path("viewer.classes[0].students.edges[0].node.id")
				.entity(String.class)
				.get();
			String body = "{\"query\":\"mutation($input: RecordContactInput!) { recordContact(input: $input) "
					+ "{ contact { id } } }\",\"variables\":{\"input\":{\"studentIds\":[\"" + student
					+ "\"],\"form\":\"PHONE\",\"kind\":\"ROUTINE\",\"occurredAt\":\"" + OffsetDateTime.now()
					+ "\",\"summary\":\"分段发送\"}}}";
			try (Socket socket = connect(app)) {
				OutputStream out = socket.getOutputStream();
				// Chunked: the server cannot know the body is complete with the headers,
				// so
				// it reads the rest as it comes and answers from an async dispatch.
				out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Authorization: Bearer " + token(app, "homeroom")
						+ "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				int half = body.length() / 2;
				writeChunk(out, body.substring(0, half));
				FullDiskFilePath.fill();
				writeChunk(out, body.substring(half));
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				response = readAll(socket.getInputStream());
			}
		}
		assertThat(response).startsWith("HTTP/1.1 200").contains("STORAGE_UNAVAILABLE").doesNotContain("\"contact\"");
		FullDiskFilePath.free();
		try (ConfigurableApplicationContext app = FullDiskTest.start(file)) {
			List<Map<String, Object>> entries = tester(app, "homeroom")
				.document("query($id: ID!) { student(id: $id) { timeline(first: 50) "
						+ "{ edges { node { ... on Contact { summary } } } } } }")
				.variable("id", student)
				.execute()
				.path("student.timeline.edges[*].node")
				.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			assertThat(entries).extracting((entry) -> entry.get("summary")).doesNotContain("分段发送");
		}
	}

	@Test
	void aLargeAnswerPartlySentEndsWithoutItsLastChunk() throws IOException {
		FullDiskFilePath.register();
		String file = FullDiskFilePath.SCHEME + ":" + this.data.resolve("jiaxiao.mv");
		try (ConfigurableApplicationContext app = FullDiskTest.start(file)) {
			String token = token(app, "homeroom");
			// Ten copies of the class with focus categories (an audited read, so a
			// write):
			// far more than the container's 8 KB buffer.
			StringBuilder query = new StringBuilder("{");
			for (int copy = 0; copy < 10; copy++) {
				query.append(" c")
					.append(copy)
					.append(": viewer { classes { students(first: 60) ")
					.append("{ edges { node { id name studentNo focusCategories maskedFields } } } } }");
			}
			String body = "{\"query\":\"" + query.append(" }") + "\"}";
			FullDiskFilePath.fill();
			String response;
			try (Socket socket = connect(app)) {
				OutputStream out = socket.getOutputStream();
				out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Authorization: Bearer " + token + "\r\nContent-Length: "
						+ body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body)
					.getBytes(StandardCharsets.UTF_8));
				out.flush();
				response = readAll(socket.getInputStream());
			}
			String head = response.substring(0, response.indexOf("\r\n\r\n"));
			String payload = response.substring(head.length() + 4);
			// Part of the answer went out, but the client can tell it is not complete:
			// the
			// terminating chunk never came, so no client takes it for an answer.
			assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("Transfer-Encoding: chunked");
			assertThat(payload.length()).isGreaterThan(8 * 1024);
			assertThat(payload).doesNotEndWith("0\r\n\r\n");
			// The commit that failed under it closed the store: health says so.
			http(app).get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.is5xxServerError()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("DOWN");
		}
	}

	private static Socket connect(ConfigurableApplicationContext app) throws IOException {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
		socket.setSoTimeout(60_000);
		return socket;
	}

	private static void writeChunk(OutputStream out, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	/** Until the server closes the connection, as it does after an aborted answer. */
	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				all.write(buffer, 0, read);
			}
		}
		catch (SocketException ex) {
			// A reset after the partial answer: what arrived is what the client has.
		}
		return all.toString(StandardCharsets.UTF_8);
	}

}
