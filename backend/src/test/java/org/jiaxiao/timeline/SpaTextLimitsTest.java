package org.jiaxiao.timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SPA's forms limit a record's texts with their own constants (a form cannot wait for
 * the server to count characters); they must be the server's numbers, or a teacher types
 * a record the server refuses, or is stopped short of one it would take.
 */
class SpaTextLimitsTest {

	private static final Path CONTACTS = Path.of("..", "frontend", "src", "features", "contacts", "contactOptions.ts");

	private static final Path ENTRIES = Path.of("..", "frontend", "src", "features", "timeline", "incidentOptions.ts");

	@Test
	void theContactFormUsesTheServersLimits() throws IOException {
		Map<String, Integer> spa = constants(CONTACTS);
		assertThat(spa).containsEntry("SUMMARY_MAX_LENGTH", ContactRules.MAX_SUMMARY)
			.containsEntry("TEXT_MAX_LENGTH", ContactRules.MAX_DETAIL)
			.containsEntry("SHORT_TEXT_MAX_LENGTH", ContactRules.MAX_SHORT)
			.containsEntry("FOLLOW_UP_ACTION_MAX_LENGTH", ContactRules.MAX_FOLLOW_UP_ACTION)
			.containsEntry("FOLLOW_UP_OWNER_MAX_LENGTH", ContactRules.MAX_FOLLOW_UP_OWNER)
			.containsEntry("FOLLOW_UPS_MAX", ContactRules.MAX_FOLLOW_UPS);
	}

	@Test
	void theIncidentAndNoteFormsUseTheServersLimits() throws IOException {
		assertThat(constants(ENTRIES)).containsEntry("INCIDENT_TEXT_MAX_LENGTH", ContactRules.MAX_TEXT)
			.containsEntry("NOTE_MAX_LENGTH", ContactRules.MAX_TEXT);
	}

	/** {@code export const NAME = 123;} lines of a TypeScript file. */
	private static Map<String, Integer> constants(Path file) throws IOException {
		Map<String, Integer> found = new HashMap<>();
		Matcher line = Pattern.compile("export const (\\w+) = (\\d+);").matcher(Files.readString(file));
		while (line.find()) {
			found.put(line.group(1), Integer.valueOf(line.group(2)));
		}
		return found;
	}

}
