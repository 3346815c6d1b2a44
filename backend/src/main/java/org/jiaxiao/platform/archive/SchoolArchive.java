package org.jiaxiao.platform.archive;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonParseException;
import org.bson.json.JsonWriterSettings;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.ArchiveManifest.ArchivedCollection;

/**
 * Writes one school's documents to a gzip archive of Extended JSON lines and reads such
 * an archive back into a database that does not hold the school. The first line is the
 * {@link ArchiveManifest}; each collection follows as a {@code {"collection": name}} line
 * and one line per document, in {@code _id} order. Extended JSON keeps every BSON type
 * (dates, longs, ints), so an imported document equals the exported one.
 */
@Component
public class SchoolArchive {

	private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder()
		.outputMode(JsonMode.EXTENDED)
		.build();

	private static final int BATCH = 500;

	private final MongoTemplate mongo;

	private final List<SchoolDataExport> modules;

	private final Clock clock;

	SchoolArchive(MongoTemplate mongo, List<SchoolDataExport> modules, Clock clock) {
		this.mongo = mongo;
		this.modules = modules;
		this.clock = clock;
	}

	/** Every school-scoped collection the modules publish, by name. */
	Map<String, SchoolCollection> collections() {
		List<SchoolCollection> all = new ArrayList<>();
		this.modules.forEach((module) -> all.addAll(module.schoolCollections()));
		all.sort(Comparator.comparing(SchoolCollection::name));
		Map<String, SchoolCollection> byName = new LinkedHashMap<>();
		for (SchoolCollection collection : all) {
			if (byName.putIfAbsent(collection.name(), collection) != null) {
				throw new IllegalStateException("Two modules publish the collection " + collection.name());
			}
		}
		return byName;
	}

	/**
	 * Exports a school to {@code archive} (overwritten).
	 * @return the manifest written
	 */
	public ArchiveManifest export(String schoolId, Path archive, Consumer<String> progress) {
		Path body = null;
		try {
			body = Files.createTempFile(archive.toAbsolutePath().getParent(), "export-", ".part");
			ArchiveManifest manifest = writeBody(schoolId, body, progress);
			try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(archive))) {
				out.write(line(manifest.toDocument()).getBytes(StandardCharsets.UTF_8));
				Files.copy(body, out);
			}
			progress.accept("Exported school " + schoolId + " to " + archive);
			return manifest;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(body);
		}
	}

	private ArchiveManifest writeBody(String schoolId, Path body, Consumer<String> progress) throws IOException {
		List<ArchivedCollection> archived = new ArrayList<>();
		var exportedAt = this.clock.instant();
		try (Writer out = new BufferedWriter(
				new OutputStreamWriter(Files.newOutputStream(body), StandardCharsets.UTF_8))) {
			for (SchoolCollection collection : collections().values()) {
				out.write(line(new Document("collection", collection.name())));
				MessageDigest digest = sha256();
				long count = 0;
				for (Document document : this.mongo.getCollection(collection.name())
					.find(collection.filterForSchool().apply(schoolId))
					.sort(Sorts.ascending("_id"))) {
					String line = line(document);
					digest.update(line.getBytes(StandardCharsets.UTF_8));
					out.write(line);
					count++;
				}
				archived.add(new ArchivedCollection(collection.name(), count, hex(digest)));
				progress.accept(collection.name() + ": " + count + " documents");
			}
		}
		return new ArchiveManifest(ArchiveManifest.FORMAT, appVersion(), schoolId, exportedAt, archived);
	}

	/**
	 * Imports an archive: checks every checksum and count, and that the target holds none
	 * of the school's documents, before writing anything.
	 * @return the manifest imported
	 * @throws ArchiveRefused when the archive is damaged or the school is already there
	 */
	public ArchiveManifest importFrom(Path archive, Consumer<String> progress) {
		Verified verified = verify(archive);
		ArchiveManifest manifest = verified.manifest();
		progress.accept("Checksums verified for school " + manifest.schoolId() + " (" + manifest.collections().size()
				+ " collections)");
		refuseIfPresent(verified);
		write(archive, manifest, progress);
		this.modules.forEach((module) -> module.afterImport(manifest.schoolId()));
		progress.accept("Imported school " + manifest.schoolId());
		return manifest;
	}

	private record Verified(ArchiveManifest manifest, Map<String, List<Object>> ids) {
	}

	private Verified verify(Path archive) {
		try (BufferedReader in = reader(archive)) {
			String first = in.readLine();
			if (first == null) {
				throw new ArchiveRefused("The archive is empty.");
			}
			ArchiveManifest manifest = ArchiveManifest.fromDocument(Document.parse(first));
			if (manifest.format() != ArchiveManifest.FORMAT) {
				throw new ArchiveRefused("Archive format " + manifest.format() + " is not supported.");
			}
			Map<String, List<Object>> ids = new LinkedHashMap<>();
			Map<String, MessageDigest> digests = new LinkedHashMap<>();
			String current = null;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				Document document = Document.parse(line);
				if (document.size() == 1 && document.get("collection") instanceof String name) {
					current = name;
					ids.put(name, new ArrayList<>());
					digests.put(name, sha256());
					continue;
				}
				if (current == null) {
					throw new ArchiveRefused("A document precedes its collection's line.");
				}
				digests.get(current).update((line + "\n").getBytes(StandardCharsets.UTF_8));
				ids.get(current).add(document.get("_id"));
			}
			Map<String, SchoolCollection> known = collections();
			for (ArchivedCollection expected : manifest.collections()) {
				if (!known.containsKey(expected.name())) {
					throw new ArchiveRefused("The archive holds " + expected.name() + ", which no module owns.");
				}
				MessageDigest digest = digests.get(expected.name());
				long count = ids.getOrDefault(expected.name(), List.of()).size();
				if (digest == null || count != expected.documents() || !hex(digest).equals(expected.sha256())) {
					throw new ArchiveRefused("Checksum mismatch in " + expected.name() + ": the archive is damaged.");
				}
			}
			if (!manifest.collections()
				.stream()
				.map(ArchivedCollection::name)
				.toList()
				.equals(List.copyOf(ids.keySet()))) {
				throw new ArchiveRefused("The archive's collections differ from its manifest.");
			}
			return new Verified(manifest, ids);
		}
		catch (JsonParseException ex) {
			throw new ArchiveRefused("The archive is damaged: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new ArchiveRefused("The archive cannot be read: " + ex.getMessage());
		}
	}

	private void refuseIfPresent(Verified verified) {
		String schoolId = verified.manifest().schoolId();
		for (SchoolCollection collection : collections().values()) {
			if (this.mongo.getCollection(collection.name())
				.countDocuments(collection.filterForSchool().apply(schoolId)) > 0) {
				throw new ArchiveRefused("The target already holds school " + schoolId + " (in " + collection.name()
						+ "); import only into a database without it.");
			}
		}
		verified.ids().forEach((name, ids) -> {
			MongoCollection<Document> target = this.mongo.getCollection(name);
			for (int from = 0; from < ids.size(); from += BATCH) {
				List<Object> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
				if (target.countDocuments(Filters.in("_id", batch)) > 0) {
					throw new ArchiveRefused("The target already holds documents with the archive's ids in " + name
							+ "; import only into a database without them.");
				}
			}
		});
	}

	private void write(Path archive, ArchiveManifest manifest, Consumer<String> progress) {
		try (BufferedReader in = reader(archive)) {
			in.readLine();
			String current = null;
			long written = 0;
			List<Document> batch = new ArrayList<>();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				Document document = Document.parse(line);
				if (document.size() == 1 && document.get("collection") instanceof String name) {
					written += flush(current, batch);
					report(current, written, progress);
					current = name;
					written = 0;
					continue;
				}
				batch.add(document);
				if (batch.size() == BATCH) {
					written += flush(current, batch);
				}
			}
			written += flush(current, batch);
			report(current, written, progress);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int flush(String collection, List<Document> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		this.mongo.getCollection(collection).insertMany(List.copyOf(batch));
		int size = batch.size();
		batch.clear();
		return size;
	}

	private static void report(String collection, long written, Consumer<String> progress) {
		if (collection != null) {
			progress.accept(collection + ": " + written + " documents imported");
		}
	}

	private static BufferedReader reader(Path archive) throws IOException {
		InputStream in = new GZIPInputStream(Files.newInputStream(archive));
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
	}

	private static String line(Document document) {
		return document.toJson(EXTENDED) + "\n";
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String appVersion() {
		String version = SchoolArchive.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "development";
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// A leftover temporary file is harmless.
			}
		}
	}

}
