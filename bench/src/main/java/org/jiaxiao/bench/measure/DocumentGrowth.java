package org.jiaxiao.bench.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.bench.data.DataLoader;
import org.jiaxiao.bench.data.Population;
import org.jiaxiao.bench.data.PopulationGenerator;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;

import org.springframework.data.mongodb.core.MongoTemplate;

import static com.mongodb.client.model.Filters.eq;

/**
 * How big a student document gets when its timeline is never archived: a separate school
 * gets {@code years} complete school years of contact with the usual skew (focus students
 * 20–80 a year), written through the app's import; then the documents are measured
 * ({@code $bsonSize} where the server has it, otherwise the raw BSON fetched), and again
 * as if only the last k school years were embedded, for k = 1 … years; and once more
 * after the app's own archive (issue #4) moved the closed years out.
 */
public final class DocumentGrowth {

	private static final String PREFIX = "g";

	private DocumentGrowth() {
	}

	public static Growth measure(MongoTemplate mongo, DataLoader loader, Archiver archiver, long seed, int students,
			int years, int currentSchoolYear, Instant now, boolean serverHasBsonSize) {
		Population population = PopulationGenerator.generate(seed + 1, PREFIX, students, students, currentSchoolYear);
		loader.insertDirectory(population);
		int firstYear = currentSchoolYear - years;
		long contacts = loader.importHistory(population, seed + 1, now, firstYear, currentSchoolYear - 1,
				(done, all, written) -> {
				});
		String schoolId = population.schools().get(0).id();
		String method = "$bsonSize";
		long[] serverSizes = serverHasBsonSize ? bsonSizes(mongo, schoolId) : null;
		if (serverSizes == null) {
			method = "raw BSON of each fetched document (the server has no $bsonSize)";
		}
		List<RawBsonDocument> documents = mongo.getCollection("students")
			.withDocumentClass(RawBsonDocument.class)
			.find(eq("schoolId", schoolId))
			.into(new ArrayList<>());
		Set<String> focus = population.focusStudents();
		ZoneId zone = ZoneId.of(PopulationGenerator.ZONE);
		List<YearRow> rows = new ArrayList<>();
		for (int k = 1; k <= years; k++) {
			Instant since = LocalDate.of(currentSchoolYear - k, 9, 1).atStartOfDay(zone).toInstant();
			List<long[]> all = new ArrayList<>();
			List<long[]> focused = new ArrayList<>();
			for (RawBsonDocument document : documents) {
				long[] measured = (k == years) ? full(document) : trimmed(document, since);
				all.add(measured);
				if (focus.contains(document.getString("_id").getValue())) {
					focused.add(measured);
				}
			}
			rows.add(new YearRow(k, Sizes.of(all), Sizes.of(focused)));
		}
		Sizes server = (serverSizes != null) ? Sizes.ofBytes(serverSizes) : null;
		Archived archived = archive(mongo, archiver, population, currentSchoolYear, zone);
		return new Growth(documents.size(), focus.size(), years, contacts, method, rows, server, archived);
	}

	/**
	 * Runs the app's own archive as on the last day of the latest school year simulated,
	 * when a document holds the most it ever will (that year and the one before), and
	 * measures what stays.
	 */
	private static Archived archive(MongoTemplate mongo, Archiver archiver, Population population,
			int currentSchoolYear, ZoneId zone) {
		StaffMember principal = population.staff()
			.stream()
			.filter((staff) -> staff.hasRole(StaffRole.PRINCIPAL))
			.findFirst()
			.orElseThrow();
		Instant endOfYear = LocalDate.of(currentSchoolYear, 7, 15).atStartOfDay(zone).toInstant();
		int moved = archiver.archiveClosedYears(principal, endOfYear);
		List<long[]> all = new ArrayList<>();
		List<long[]> focused = new ArrayList<>();
		mongo.getCollection("students")
			.withDocumentClass(RawBsonDocument.class)
			.find(eq("schoolId", principal.schoolId()))
			.forEach((document) -> {
				long[] measured = full(document);
				all.add(measured);
				if (population.focusStudents().contains(document.getString("_id").getValue())) {
					focused.add(measured);
				}
			});
		long archiveDocuments = mongo.getCollection("timeline_archive").countDocuments();
		return new Archived(moved, archiveDocuments, Sizes.of(all), Sizes.of(focused));
	}

	/** The app's archive of closed school years (issue #4), as the benchmark calls it. */
	@FunctionalInterface
	public interface Archiver {

		/** Archives the school's years before the previous one, as at {@code now}. */
		int archiveClosedYears(StaffMember principal, Instant now);

	}

	/**
	 * Sizes after the app's archive ran.
	 *
	 * @param studentsMoved students whose older entries moved
	 * @param archiveDocuments documents in {@code timeline_archive}
	 * @param all every student's document
	 * @param focus focus students' documents
	 */
	public record Archived(int studentsMoved, long archiveDocuments, Sizes all, Sizes focus) {
	}

	/** {@code $bsonSize} of each document, or null when the server lacks the operator. */
	private static long @Nullable [] bsonSizes(MongoTemplate mongo, String schoolId) {
		try {
			List<Document> sizes = mongo.getCollection("students")
				.aggregate(List.of(new Document("$match", new Document("schoolId", schoolId)),
						new Document("$project", new Document("size", new Document("$bsonSize", "$$ROOT")))))
				.into(new ArrayList<>());
			return sizes.stream().mapToLong((d) -> ((Number) d.get("size")).longValue()).toArray();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static long[] full(RawBsonDocument document) {
		BsonValue timeline = document.get("timeline");
		int entries = (timeline != null && timeline.isArray()) ? timeline.asArray().size() : 0;
		return new long[] { document.getByteBuffer().remaining(), entries };
	}

	private static long[] trimmed(RawBsonDocument document, Instant since) {
		BsonDocument copy = document.decode(new BsonDocumentCodec());
		BsonArray kept = new BsonArray();
		BsonValue timeline = copy.get("timeline");
		if (timeline != null && timeline.isArray()) {
			for (BsonValue entry : timeline.asArray()) {
				if (entry.asDocument().getDateTime("occurredAt").getValue() >= since.toEpochMilli()) {
					kept.add(entry);
				}
			}
			copy.put("timeline", kept);
		}
		return new long[] { new RawBsonDocument(copy, new BsonDocumentCodec()).getByteBuffer().remaining(),
				kept.size() };
	}

	/**
	 * Document sizes in bytes and timeline lengths.
	 *
	 * @param documents how many documents
	 * @param p50 median size
	 * @param p99 99th percentile size
	 * @param max largest
	 * @param entriesP50 median number of timeline entries
	 * @param entriesP99 99th percentile of entries
	 * @param entriesMax most entries
	 */
	public record Sizes(int documents, long p50, long p99, long max, long entriesP50, long entriesP99,
			long entriesMax) {

		static Sizes of(List<long[]> measured) {
			long[] bytes = measured.stream().mapToLong((m) -> m[0]).sorted().toArray();
			long[] entries = measured.stream().mapToLong((m) -> m[1]).sorted().toArray();
			return new Sizes(bytes.length, at(bytes, 50), at(bytes, 99), at(bytes, 100), at(entries, 50),
					at(entries, 99), at(entries, 100));
		}

		static Sizes ofBytes(long[] sizes) {
			long[] bytes = Arrays.stream(sizes).sorted().toArray();
			return new Sizes(bytes.length, at(bytes, 50), at(bytes, 99), at(bytes, 100), 0, 0, 0);
		}

		private static long at(long[] sorted, int percentile) {
			if (sorted.length == 0) {
				return 0;
			}
			int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
		}

	}

	/**
	 * Sizes with the last {@code years} school years embedded.
	 *
	 * @param years school years embedded
	 * @param all every student
	 * @param focus focus students only
	 */
	public record YearRow(int years, Sizes all, Sizes focus) {
	}

	/**
	 * The growth simulation's outcome.
	 *
	 * @param students students simulated
	 * @param focusStudents of which focus students
	 * @param years complete school years of contact
	 * @param contacts contacts written
	 * @param method how the full documents were measured
	 * @param byYears sizes with 1 … years school years embedded
	 * @param serverSizes the server's own {@code $bsonSize} figures, when it has them
	 * @param archived sizes after the app's archive ran
	 */
	public record Growth(int students, int focusStudents, int years, long contacts, String method,
			List<YearRow> byYears, @Nullable Sizes serverSizes, Archived archived) {
	}

}
