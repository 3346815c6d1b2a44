package org.jiaxiao.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import graphql.schema.GraphQLSchema;
import graphql.schema.diff.DiffCategory;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * Compares the contract with the last released one and says which breaking changes are
 * not allowed. A breaking change (graphql-java's {@link SchemaDiff}: a removed type,
 * field, argument or enum value, a changed type, a new required argument or input field)
 * is allowed only when the changelog's unreleased section lists it under a "Breaking"
 * heading, as {@code `Type`}, {@code `Type.field`}, {@code `Type.field(argument)`} or
 * {@code `Enum.VALUE`}. A field or enum value must also have been deprecated in the
 * released contract before it is removed.
 */
final class SchemaCompatibility {

	private static final Pattern LISTED = Pattern.compile("^\\s*[-*]\\s+`([^`]+)`");

	private SchemaCompatibility() {
	}

	/**
	 * The breaking changes that are not allowed, as messages; empty when the contract may
	 * ship.
	 * @param released the last released contract (SDL)
	 * @param current the contract now (SDL)
	 * @param changelog the changelog's text
	 */
	static List<String> violations(String released, String current, String changelog) {
		Set<String> intended = intendedBreakingChanges(changelog);
		List<String> violations = new ArrayList<>();
		for (DiffEvent breakage : breakages(released, current)) {
			Set<String> names = names(breakage);
			boolean listed = names.stream().anyMatch(intended::contains);
			if (!listed) {
				violations.add("Breaking change not listed in CHANGELOG.md: " + breakage.getReasonMsg()
						+ " (list it as `" + names.iterator().next()
						+ "` under \"### Breaking\" of the unreleased version, or undo it)");
			}
			else if (breakage.getCategory() == DiffCategory.MISSING && isFieldOrValue(breakage)) {
				violations.add("Removed without deprecation: " + breakage.getReasonMsg()
						+ " (mark it @deprecated(reason: …) in a release first)");
			}
		}
		return violations;
	}

	/** The breaking changes between two contracts. */
	static List<DiffEvent> breakages(String released, String current) {
		CapturingReporter reporter = new CapturingReporter();
		// Built as schemas first, so that `extend type` in one file merges with its type
		// in
		// another before the comparison.
		new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(schema(released), schema(current)), reporter);
		return reporter.getBreakages();
	}

	private static GraphQLSchema schema(String sdl) {
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
	}

	/**
	 * The names listed under a "Breaking" heading of the changelog's first (unreleased)
	 * version section.
	 */
	static Set<String> intendedBreakingChanges(String changelog) {
		Set<String> names = new LinkedHashSet<>();
		boolean inVersion = false;
		boolean inBreaking = false;
		for (String line : changelog.lines().toList()) {
			if (line.startsWith("## ")) {
				if (inVersion) {
					break;
				}
				inVersion = true;
				continue;
			}
			if (line.startsWith("### ")) {
				inBreaking = line.toLowerCase().contains("breaking");
				continue;
			}
			Matcher matcher = LISTED.matcher(line);
			if (inVersion && inBreaking && matcher.find()) {
				names.add(matcher.group(1).strip());
			}
		}
		return names;
	}

	/** The ways a breaking change can be named in the changelog, the usual one first. */
	static Set<String> names(DiffEvent event) {
		Set<String> names = new LinkedHashSet<>();
		String type = event.getTypeName();
		String field = event.getFieldName();
		List<String> components = event.getComponents();
		String single = (components.size() == 1) ? components.get(0) : null;
		if (field != null && single != null) {
			names.add(type + "." + field + "(" + single + ")");
		}
		if (field == null && single != null) {
			names.add(type + "." + single);
		}
		if (field != null) {
			names.add(type + "." + field);
		}
		names.add(type);
		return names;
	}

	private static boolean isFieldOrValue(DiffEvent event) {
		return event.getFieldName() != null || event.getComponents().size() == 1;
	}

	/** All {@code *.graphqls} of a folder, in name order, as one SDL text. */
	static String sdl(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			StringBuilder sdl = new StringBuilder();
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphqls")).sorted().toList()) {
				sdl.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
			}
			return sdl.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The folder of the highest released version under {@code baseline/}. */
	static Path lastRelease(Path baselines) {
		try (Stream<Path> versions = Files.list(baselines)) {
			return versions.filter(Files::isDirectory)
				.max((a, b) -> compareVersions(a.getFileName().toString(), b.getFileName().toString()))
				.orElseThrow(() -> new IllegalStateException("No released contract under " + baselines));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int compareVersions(String left, String right) {
		String[] a = left.split("\\.");
		String[] b = right.split("\\.");
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			int x = (i < a.length) ? Integer.parseInt(a[i]) : 0;
			int y = (i < b.length) ? Integer.parseInt(b[i]) : 0;
			if (x != y) {
				return Integer.compare(x, y);
			}
		}
		return 0;
	}

}
