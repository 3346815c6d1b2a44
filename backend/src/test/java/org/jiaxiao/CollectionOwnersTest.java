package org.jiaxiao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each collection has one owning module, and only its owner names it: the others reach
 * its data through the owner's services, so a stored layout changes in one package. A
 * name is a string, so the sources are read. The students collection holds one document
 * in two parts: the directory's student and the timeline embedded in it.
 */
class CollectionOwnersTest {

	private static final Path SOURCES = Path.of("src/main/java/org/jiaxiao");

	private static final Map<String, Set<String>> OWNERS = Map.ofEntries(entry("audit_events", Set.of("platform")),
			entry("idempotency_keys", Set.of("platform")), entry("locks", Set.of("platform")),
			entry("persisted_queries", Set.of("platform")), entry("schools", Set.of("directory")),
			entry("classes", Set.of("directory")), entry("staff", Set.of("directory")),
			entry("households", Set.of("directory")), entry("students", Set.of("directory", "timeline")),
			entry("timeline_archive", Set.of("timeline")), entry("timeline_overflow", Set.of("timeline")),
			entry("calendars", Set.of("calendar")), entry("policies", Set.of("policy")),
			entry("obligations", Set.of("task")), entry("notifications", Set.of("notification")),
			entry("meetings", Set.of("meeting")), entry("contracts", Set.of("tutoring")),
			entry("escalations", Set.of("escalation")), entry("changes", Set.of("sync")),
			entry("counters", Set.of("sync")), entry("sync_keys", Set.of("sync")),
			entry("directory_imports", Set.of("directory")), entry("directory_import_mappings", Set.of("directory")));

	/**
	 * Readers still outside the owner, as "module collection": each is to move behind the
	 * owner's API, and none is to be added.
	 */
	private static final Set<String> NOT_YET_BEHIND_THE_OWNER = Set.of("task students", "report students",
			"report obligations", "analytics students", "analytics staff");

	private static final Pattern DOCUMENT = Pattern.compile("@Document\\((?:collection\\s*=\\s*)?\"(\\w+)\"");

	private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"(\\w+)\";");

	/** The ways code names a collection besides {@code @Document}. */
	private static final List<Pattern> NAMINGS = List.of(DOCUMENT,
			Pattern.compile("static final String \\w+ = \"(\\w+)\";"),
			Pattern.compile(
					"(?:getCollection|indexOps|collectionExists|createCollection|dropCollection)\\(\\s*\"(\\w+)\""),
			Pattern.compile("\"from\",\\s*\"(\\w+)\""), Pattern.compile("\\.class,\\s*\"(\\w+)\"\\)"),
			Pattern.compile("SchoolCollection(?:\\.byField)?\\(\\s*\"(\\w+)\""));

	@Test
	void onlyTheOwnerNamesACollection() {
		Set<String> found = namings();
		assertThat(found).as("collections named outside their owner").isSubsetOf(NOT_YET_BEHIND_THE_OWNER);
		assertThat(NOT_YET_BEHIND_THE_OWNER).as("exceptions no longer needed: remove them").isSubsetOf(found);
	}

	@Test
	void everyStoredCollectionHasAnOwner() {
		Set<String> declared = new TreeSet<>();
		sources().forEach((source) -> {
			Matcher matcher = DOCUMENT.matcher(read(source));
			while (matcher.find()) {
				declared.add(matcher.group(1));
			}
		});
		assertThat(declared).isNotEmpty();
		assertThat(OWNERS).containsKeys(declared.toArray(String[]::new));
	}

	/**
	 * "module collection" for each collection named outside its owner, by its name or by
	 * a constant holding it ({@code StudentFacts.STUDENTS}).
	 */
	private static Set<String> namings() {
		Set<String> found = new TreeSet<>();
		Map<String, String> constants = new HashMap<>();
		List<Path> sources = sources();
		for (Path source : sources) {
			String module = module(source);
			String code = withoutComments(read(source));
			for (Pattern naming : NAMINGS) {
				Matcher matcher = naming.matcher(code);
				while (matcher.find()) {
					String collection = matcher.group(1);
					Set<String> owners = OWNERS.get(collection);
					if (owners != null && !owners.contains(module)) {
						found.add(module + " " + collection);
					}
				}
			}
			Matcher constant = CONSTANT.matcher(code);
			while (constant.find()) {
				if (OWNERS.containsKey(constant.group(2))) {
					String type = source.getFileName().toString().replace(".java", "");
					constants.put(type + "." + constant.group(1), constant.group(2));
				}
			}
		}
		for (Path source : sources) {
			String module = module(source);
			String code = withoutComments(read(source));
			constants.forEach((reference, collection) -> {
				if (code.contains(reference) && !OWNERS.get(collection).contains(module)) {
					found.add(module + " " + collection);
				}
			});
		}
		return found;
	}

	private static String module(Path source) {
		return SOURCES.relativize(source).getName(0).toString();
	}

	private static List<Path> sources() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter((path) -> path.toString().endsWith(".java")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String withoutComments(String code) {
		return code.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
	}

}
