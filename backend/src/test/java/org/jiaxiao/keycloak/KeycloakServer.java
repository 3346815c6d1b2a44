package org.jiaxiao.keycloak;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.jiaxiao.support.ManagedProcess;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip Maven unpacked into
 * {@code target/keycloak}, in development mode with the test realm imported into an
 * in-memory database, so every run starts from the realm file and nothing else. Listens
 * on 127.0.0.1 only. Started with the same settings as docker-compose's Keycloak (public
 * URL as the hostname, health endpoints on the management port), on free ports.
 */
final class KeycloakServer {

	private KeycloakServer() {
	}

	static ManagedProcess start(Path home, Path javaHome, int port, int managementPort, String adminPassword, Path work)
			throws IOException {
		Path script = home.resolve("bin/kc.sh").toAbsolutePath();
		List<String> command = List.of("bash", script.toString(), "start-dev", "--import-realm", "--db=dev-mem",
				"--hostname=" + url(port), "--http-host=127.0.0.1", "--http-port=" + port,
				"--http-management-host=127.0.0.1", "--http-management-port=" + managementPort,
				"--health-enabled=true");
		return ManagedProcess.start("keycloak", command, home, work, home.toAbsolutePath().toString(), (env) -> {
			env.keySet().removeIf((name) -> name.startsWith("KC_"));
			env.put("JAVA_HOME", javaHome.toString());
			env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
			env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
		});
	}

	static URI url(int port) {
		return URI.create("http://localhost:" + port);
	}

	static URI discovery(int port, String realm) {
		return url(port).resolve("/realms/" + realm + "/.well-known/openid-configuration");
	}

}
