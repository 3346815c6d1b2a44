package org.jiaxiao.keycloak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm the tests import: a copy of {@code keycloak/jiaxiao-realm.json}, the file
 * docker-compose imports, with only what a test needs added. The file in git stays as it
 * is.
 * <ul>
 * <li>The app's random port in the SPA client's redirect and post-logout URIs: Keycloak
 * matches the port of a {@code localhost} redirect URI exactly ({@code localhost:*} is
 * not a pattern it knows).</li>
 * <li>The analyst also holds the realm role PRINCIPAL, so that a test shows the
 * directory, not the token, decides roles.</li>
 * <li>{@value #STRANGER}, a Keycloak user the school directory does not know.</li>
 * <li>A signing key the tests know (see {@link RealmKey}).</li>
 * </ul>
 */
final class TestRealm {

	static final String REALM = "jiaxiao";

	static final String PASSWORD = "demo";

	static final String STRANGER = "stranger";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TestRealm() {
	}

	static void write(Path source, Path target, int appPort, RealmKey key) throws IOException {
		ObjectNode realm = (ObjectNode) JSON.readTree(Files.readString(source));
		allowApp((ObjectNode) find(realm.get("clients"), "clientId", "jiaxiao-spa"), appPort);
		((ArrayNode) find(realm.get("users"), "username", "analyst").get("realmRoles")).add("PRINCIPAL");
		((ArrayNode) realm.get("users")).add(stranger());
		realm.putObject("components").putArray("org.keycloak.keys.KeyProvider").add(signingKey(key));
		Files.createDirectories(target.getParent());
		Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm));
	}

	private static void allowApp(ObjectNode spa, int appPort) {
		String app = "http://localhost:" + appPort + "/*";
		((ArrayNode) spa.get("redirectUris")).add(app);
		ObjectNode attributes = (ObjectNode) spa.get("attributes");
		attributes.put("post.logout.redirect.uris",
				attributes.get("post.logout.redirect.uris").asString() + "##" + app);
	}

	private static ObjectNode stranger() {
		ObjectNode user = JSON.createObjectNode()
			.put("username", STRANGER)
			.put("enabled", true)
			.put("email", STRANGER + "@example.org")
			.put("emailVerified", true)
			.put("firstName", "路人")
			.put("lastName", "甲");
		user.putArray("credentials").addObject().put("type", "password").put("value", PASSWORD).put("temporary", false);
		user.putArray("realmRoles").add("default-roles-" + REALM);
		return user;
	}

	private static ObjectNode signingKey(RealmKey key) {
		ObjectNode component = JSON.createObjectNode().put("name", "test-signing-key").put("providerId", "rsa");
		component.putObject("subComponents");
		ObjectNode config = component.putObject("config");
		config.putArray("priority").add("1000");
		config.putArray("algorithm").add("RS256");
		config.putArray("privateKey").add(key.privateKeyPem());
		config.putArray("active").add("true");
		config.putArray("enabled").add("true");
		return component;
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		return StreamSupport.stream(array.spliterator(), false)
			.filter((node) -> value.equals(node.path(field).asString()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No " + field + " " + value + " in the realm file"));
	}

}
