package org.jiaxiao.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The app over HTTP on loopback, as the SPA reaches it: a bearer token from
 * {@code POST /dev/token}, JSON in and out. A response that is not 200 or carries an
 * error (GraphQL {@code errors} or a payload's user errors) fails the request, so a
 * benchmark never measures fast failures.
 */
public final class HttpApi {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final String JSON = "application/json";

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	public HttpApi(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public String token(String username) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + "/dev/token"))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)))
			.build();
		String body = send(request);
		int start = body.indexOf("\"access_token\":\"") + "\"access_token\":\"".length();
		return body.substring(start, body.indexOf('"', start));
	}

	/**
	 * {@code POST /graphql} with a ready JSON body ({@code query}, {@code variables}).
	 */
	public String graphql(String token, String body) throws IOException, InterruptedException {
		return post(token, "/graphql", body);
	}

	public String post(String token, String path, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(TIMEOUT)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", JSON)
			.header("Accept", JSON)
			.POST(BodyPublishers.ofString(body))
			.build());
	}

	public String get(String token, String pathAndQuery) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.base + pathAndQuery))
			.timeout(TIMEOUT)
			.header("Authorization", "Bearer " + token)
			.header("Accept", JSON)
			.GET()
			.build());
	}

	private String send(HttpRequest request) throws IOException, InterruptedException {
		var response = this.client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
		String body = response.body();
		if (response.statusCode() != 200 || body.contains("\"errors\":[{")) {
			throw new IOException(request.method() + " " + request.uri().getPath() + " answered "
					+ response.statusCode() + ": " + body.substring(0, Math.min(400, body.length())));
		}
		return body;
	}

	/** The value of the first {@code "field":"…"} in a JSON text, or null. */
	public static @Nullable String field(String json, String field) {
		String key = "\"" + field + "\":\"";
		int start = json.indexOf(key);
		if (start < 0) {
			return null;
		}
		start += key.length();
		return json.substring(start, json.indexOf('"', start));
	}

}
