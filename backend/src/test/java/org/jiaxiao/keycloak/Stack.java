package org.jiaxiao.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.jiaxiao.support.FreePort;
import org.jiaxiao.support.ManagedProcess;

/**
 * Keycloak and the app, running: started together (the app fetches Keycloak's keys only
 * when the first token arrives, so the two start in parallel), stopped together by PID,
 * from {@link #close()} or, if the JVM ends first, from a shutdown hook. Also what the
 * tests do with them: get a token, sign one with the realm's key, call the API.
 */
final class Stack implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Stack.class);

	static final Duration STARTUP = Duration.ofMinutes(4);

	private final int keycloakPort;

	private final int appPort;

	private final String adminPassword;

	private final RealmKey key;

	private final Thread shutdownHook = new Thread(this::stopProcesses, "stop-keycloak-and-app");

	private volatile ManagedProcess keycloak;

	private volatile ManagedProcess app;

	private Stack(int keycloakPort, int appPort, String adminPassword, RealmKey key) {
		this.keycloakPort = keycloakPort;
		this.appPort = appPort;
		this.adminPassword = adminPassword;
		this.key = key;
	}

	/**
	 * Starts both on free ports; whatever did start is stopped again if the rest fails.
	 */
	static Stack start(Settings settings) throws IOException {
		long started = System.nanoTime();
		Stack stack = new Stack(FreePort.find(), FreePort.find(), UUID.randomUUID().toString(), RealmKey.generate());
		Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
		try {
			Path javaHome = KeycloakJava.home();
			TestRealm.write(settings.realmFile(), settings.keycloakHome().resolve("data/import/jiaxiao-realm.json"),
					stack.appPort, stack.key);
			stack.keycloak = KeycloakServer.start(settings.keycloakHome(), javaHome, stack.keycloakPort,
					FreePort.find(), stack.adminPassword, settings.workDir());
			stack.app = JiaxiaoApp.start(settings.appJar(), stack.appPort, stack.keycloakUrl(), TestRealm.REALM,
					settings.workDir());
			stack.keycloak.awaitHttpOk(KeycloakServer.discovery(stack.keycloakPort, TestRealm.REALM), STARTUP);
			log.info("Keycloak ({}) ready at {} after {} s", javaHome, stack.keycloakUrl(), seconds(started));
			stack.app.awaitHttpOk(JiaxiaoApp.readiness(stack.appPort), STARTUP);
			log.info("App ready at {} after {} s", stack.appUrl(), seconds(started));
			return stack;
		}
		catch (IOException | RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	@Override
	public void close() {
		stopProcesses();
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// The JVM is shutting down: the hook runs (or ran) anyway.
		}
	}

	private synchronized void stopProcesses() {
		if (this.app != null) {
			this.app.stop();
		}
		if (this.keycloak != null) {
			this.keycloak.stop();
		}
	}

	URI keycloakUrl() {
		return KeycloakServer.url(this.keycloakPort);
	}

	String issuer() {
		return issuer(TestRealm.REALM);
	}

	String issuer(String realm) {
		return keycloakUrl().resolve("/realms/" + realm).toString();
	}

	URI appUrl() {
		return URI.create("http://localhost:" + this.appPort);
	}

	String adminPassword() {
		return this.adminPassword;
	}

	/** An access token from a realm's token endpoint, by the password grant. */
	String passwordGrant(String realm, String clientId, String username, String password) {
		HttpResponse<String> response = Http.postForm(URI.create(issuer(realm) + "/protocol/openid-connect/token"),
				Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					"Token endpoint of realm " + realm + " answered " + response.statusCode() + ": " + response.body());
		}
		return Http.json(response.body()).get("access_token").asString();
	}

	/**
	 * A token from jiaxiao-scripts, the client scripts and the mobile team's tests use.
	 */
	String token(String username) {
		return passwordGrant(TestRealm.REALM, "jiaxiao-scripts", username, TestRealm.PASSWORD);
	}

	/**
	 * Signs claims with the realm's own key, under the key id Keycloak publishes for it.
	 */
	String signWithRealmKey(JWTClaimsSet claims) {
		HttpResponse<String> jwks = Http.get(URI.create(issuer() + "/protocol/openid-connect/certs"));
		return this.key.sign(this.key.keyIdIn(jwks.body()), claims);
	}

	/** POST /graphql, with the token as bearer (none when null). */
	HttpResponse<String> graphql(String token, String query) {
		return Http.postJson(appUrl().resolve("/graphql"), token, Map.of("query", query));
	}

	/** The {@code data} of a GraphQL response that must be 200 without errors. */
	JsonNode graphqlData(String token, String query) {
		HttpResponse<String> response = graphql(token, query);
		JsonNode body = (response.statusCode() == 200) ? Http.json(response.body()) : null;
		if (body == null || body.has("errors")) {
			throw new AssertionError(
					"GraphQL " + query + " answered " + response.statusCode() + ": " + response.body());
		}
		return body.get("data");
	}

	private static long seconds(long since) {
		return Duration.ofNanos(System.nanoTime() - since).toSeconds();
	}

	/** Where things are, from Failsafe's system properties (see backend/pom.xml). */
	record Settings(Path keycloakHome, Path realmFile, Path appJar, Path workDir) {

		static Settings fromSystemProperties() {
			return new Settings(path("jiaxiao.it.keycloak-home"), path("jiaxiao.it.realm-file"),
					path("jiaxiao.it.app-jar"), path("jiaxiao.it.work-dir"));
		}

		static Path path(String property) {
			String value = System.getProperty(property);
			if (value == null || value.isBlank()) {
				throw new IllegalStateException("System property " + property
						+ " is not set: run the integration tests through Maven (./mvnw verify), which sets it.");
			}
			return Path.of(value).toAbsolutePath().normalize();
		}

	}

}
