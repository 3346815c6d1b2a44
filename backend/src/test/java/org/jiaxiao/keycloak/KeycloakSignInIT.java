package org.jiaxiao.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SPA signs in through Keycloak's real login page in headless Chromium (authorization
 * code with PKCE S256), as staff do, and out again through Keycloak's end-session
 * endpoint. The browser part is {@code frontend/e2e-keycloak/sign-in.mjs} (Playwright);
 * screenshots go to {@code target/keycloak-e2e/}.
 */
@ExtendWith(KeycloakStack.class)
class KeycloakSignInIT {

	private static final long TIMEOUT_MINUTES = 3;

	private final Stack stack = KeycloakStack.stack();

	@Test
	void aTeacherSignsInOnKeycloaksPageSeesTheirClassAndSignsOut() throws Exception {
		runScenario("teacher");
	}

	@Test
	void someoneTheDirectoryDoesNotKnowSeesNoAccessNotAnError() throws Exception {
		runScenario("no-access");
	}

	private void runScenario(String scenario) throws IOException, InterruptedException {
		Path frontend = Stack.Settings.path("jiaxiao.it.frontend-dir");
		Path shots = Stack.Settings.path("jiaxiao.it.work-dir").resolveSibling("keycloak-e2e");
		Files.createDirectories(shots);
		if (!Files.isDirectory(frontend.resolve("node_modules/playwright-core"))) {
			throw new IllegalStateException(frontend + "/node_modules has no playwright-core: build the frontend "
					+ "module first (./mvnw install -pl schema,frontend).");
		}
		Path output = shots.resolve(scenario + ".log");
		ProcessBuilder builder = new ProcessBuilder(node(frontend), "e2e-keycloak/sign-in.mjs", scenario)
			.directory(frontend.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("APP_URL", this.stack.appUrl().toString());
		builder.environment().put("KEYCLOAK_URL", this.stack.keycloakUrl().toString());
		builder.environment().put("SHOTS_DIR", shots.toString());
		Process process = builder.start();
		process.getOutputStream().close();
		boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
		if (!finished) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		String log = Files.readString(output, StandardCharsets.UTF_8);
		assertThat(finished).as("%s did not finish within %d minutes:%n%s", scenario, TIMEOUT_MINUTES, log).isTrue();
		assertThat(process.exitValue()).as("sign-in.mjs %s failed (screenshots in %s):%n%s", scenario, shots, log)
			.isZero();
		assertThat(log).contains("ok - " + scenario);
	}

	/** The Node the frontend build installed, else the one on the PATH. */
	private static String node(Path frontend) {
		Path installed = frontend.resolve("node/node");
		return Files.isExecutable(installed) ? installed.toString() : "node";
	}

}
