package org.jiaxiao.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the JDK Keycloak runs on. Keycloak 26 needs Java 21 or newer while the app and
 * its build need only 17, so the two JDKs may differ: {@code -Dkeycloak.java.home} or
 * {@code KEYCLOAK_JAVA_HOME} if set, else the JDK running the tests, else
 * {@code JAVA_HOME}, else the newest JDK 21+ under {@code /usr/lib/jvm}.
 */
final class KeycloakJava {

	static final int MINIMUM = 21;

	private static final Pattern RELEASE_VERSION = Pattern.compile("^JAVA_VERSION=\"(?:1\\.)?(\\d+)",
			Pattern.MULTILINE);

	private KeycloakJava() {
	}

	static Path home() {
		String explicit = Optional.ofNullable(System.getProperty("keycloak.java.home"))
			.orElse(System.getenv("KEYCLOAK_JAVA_HOME"));
		if (explicit != null && !explicit.isBlank()) {
			Path home = Path.of(explicit);
			int version = majorVersion(home);
			if (version < MINIMUM) {
				throw new IllegalStateException("KEYCLOAK_JAVA_HOME / keycloak.java.home = " + home + " is "
						+ ((version > 0) ? "Java " + version : "not a JDK") + "; Keycloak needs Java " + MINIMUM
						+ " or newer.");
			}
			return home;
		}
		List<Path> candidates = new ArrayList<>();
		candidates.add(Path.of(System.getProperty("java.home")));
		Optional.ofNullable(System.getenv("JAVA_HOME"))
			.filter((home) -> !home.isBlank())
			.map(Path::of)
			.ifPresent(candidates::add);
		candidates.addAll(installedJdks());
		return candidates.stream()
			.filter((home) -> majorVersion(home) >= MINIMUM)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"Keycloak needs Java " + MINIMUM + " or newer, and none was found (looked at " + candidates
							+ "). Install one (e.g. Temurin 21 or 25) and set KEYCLOAK_JAVA_HOME to it, "
							+ "or run the build with -Dkeycloak.java.home=<jdk>."));
	}

	/** JDKs under /usr/lib/jvm, newest first. */
	private static List<Path> installedJdks() {
		Path jvm = Path.of("/usr/lib/jvm");
		if (!Files.isDirectory(jvm)) {
			return List.of();
		}
		try (Stream<Path> homes = Files.list(jvm)) {
			return homes.filter(Files::isDirectory)
				.sorted(Comparator.comparingInt(KeycloakJava::majorVersion).reversed())
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	/**
	 * The feature version from the JDK's {@code release} file, 0 when it is not a JDK.
	 */
	static int majorVersion(Path home) {
		Path release = home.resolve("release");
		if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
			return 0;
		}
		try {
			Matcher matcher = RELEASE_VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
