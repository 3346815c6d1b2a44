package org.jiaxiao.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract never breaks by surprise: this build's schema is compared with the last
 * released one ({@code baseline/<version>/}), and a breaking change fails the build
 * unless {@code CHANGELOG.md} lists it as intended. The checker itself is tested on
 * fixtures.
 */
class SchemaCompatibilityTest {

	private static final Path SCHEMA = Path.of("src/main/graphql");

	private static final Path BASELINES = Path.of("baseline");

	private static final Path CHANGELOG = Path.of("CHANGELOG.md");

	private static final String NOTHING_LISTED = """
			# Changelog

			## 0.2.0 (unreleased)

			### Added
			- `Query.classes`

			## 0.1.0
			### Breaking
			- `Student.grade` (an old release's entry does not count)
			""";

	private static final String BREAKING_LISTED = """
			# Changelog

			## 0.2.0 (unreleased)

			### Breaking (intended)
			- `Student.nickname`: removed after a release of deprecation.
			- `Query.students(schoolId)`: every list is per school now.
			- `Student.grade`: a grade is a name now.
			""";

	@Test
	void theContractIsCompatibleWithTheLastReleaseOrSaysWhy() throws IOException {
		Path released = SchemaCompatibility.lastRelease(BASELINES);
		List<String> violations = SchemaCompatibility.violations(SchemaCompatibility.sdl(released),
				SchemaCompatibility.sdl(SCHEMA), Files.readString(CHANGELOG, StandardCharsets.UTF_8));
		assertThat(violations).as("compared with " + released).isEmpty();
	}

	@Test
	void theChangelogNamesEveryReleasedVersion() throws IOException {
		String changelog = Files.readString(CHANGELOG, StandardCharsets.UTF_8);
		try (var versions = Files.list(BASELINES)) {
			versions.forEach((version) -> assertThat(changelog).contains("## " + version.getFileName()));
		}
	}

	@Test
	void anAdditiveChangePasses() {
		assertThat(SchemaCompatibility.violations(fixture("base"), fixture("additive"), NOTHING_LISTED)).isEmpty();
	}

	@Test
	void anUnlistedBreakingChangeFails() {
		List<String> violations = SchemaCompatibility.violations(fixture("base"), fixture("breaking"), NOTHING_LISTED);
		assertThat(violations).hasSize(3)
			.anyMatch((message) -> message.contains("`Student.nickname`"))
			.anyMatch((message) -> message.contains("`Query.students(schoolId)`"))
			.anyMatch((message) -> message.contains("`Student.grade`"));
	}

	@Test
	void aBreakingChangeListedInTheChangelogPasses() {
		assertThat(SchemaCompatibility.violations(fixture("base"), fixture("breaking"), BREAKING_LISTED)).isEmpty();
	}

	@Test
	void aFieldOrValueMustBeDeprecatedBeforeItIsRemoved() {
		String listed = """
				## 0.2.0
				### Breaking
				- `Student.grade`
				- `Form.LETTER`
				""";
		List<String> violations = SchemaCompatibility.violations(fixture("base"), fixture("undeprecated-removal"),
				listed);
		assertThat(violations).hasSize(2).allMatch((message) -> message.startsWith("Removed without deprecation"));
	}

	@Test
	void onlyTheUnreleasedSectionCounts() {
		assertThat(SchemaCompatibility.intendedBreakingChanges(NOTHING_LISTED)).isEmpty();
		assertThat(SchemaCompatibility.intendedBreakingChanges(BREAKING_LISTED)).containsExactly("Student.nickname",
				"Query.students(schoolId)", "Student.grade");
	}

	@Test
	void versionsCompareAsNumbers() {
		assertThat(SchemaCompatibility.compareVersions("0.10.0", "0.9.3")).isPositive();
		assertThat(SchemaCompatibility.compareVersions("1.0", "1.0.0")).isZero();
	}

	private static String fixture(String name) {
		try {
			return Files.readString(Path.of("src/test/resources/fixtures/" + name + ".graphqls"),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
