package org.jiaxiao.keycloak;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jiaxiao.support.ManagedProcess;

/**
 * The runnable jar, started with {@code java -jar} and configured exactly as
 * docker-compose configures its {@code app} service (issuer, JWK-set URI, audience, SPA
 * client, prod profile, demo data), except that MongoDB is the embedded one, in memory.
 */
final class JiaxiaoApp {

	private JiaxiaoApp() {
	}

	static ManagedProcess start(Path jar, int port, URI keycloak, String realm, Path work) throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: the integration tests run the packaged app "
					+ "(./mvnw verify builds it in the package phase).");
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--jiaxiao.embedded-mongo.in-memory=true");
		String issuer = keycloak.resolve("/realms/" + realm).toString();
		Path directory = Files.createDirectories(work.resolve("app"));
		return ManagedProcess.start("app", command, directory, work, jar.toAbsolutePath().toString(), (env) -> {
			env.keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("JIAXIAO_"));
			env.put("SPRING_PROFILES_ACTIVE", "prod");
			env.put("JIAXIAO_IDENTITY_ISSUER_URI", issuer);
			env.put("JIAXIAO_IDENTITY_JWK_SET_URI", issuer + "/protocol/openid-connect/certs");
			env.put("JIAXIAO_IDENTITY_AUDIENCE", "jiaxiao-api");
			env.put("JIAXIAO_IDENTITY_SPA_CLIENT_ID", "jiaxiao-spa");
			env.put("JIAXIAO_DEMO_DATA_ENABLED", "true");
		});
	}

	static URI readiness(int port) {
		return URI.create("http://localhost:" + port + "/actuator/health/readiness");
	}

}
