package org.jiaxiao.platform.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

/**
 * The first line of an archive: what it holds, so an import checks it before writing.
 *
 * @param format the archive layout's version
 * @param appVersion the version of the app that wrote it
 * @param schoolId the school exported
 * @param exportedAt when the export began
 * @param collections each collection's name, document count and SHA-256 of its lines
 */
record ArchiveManifest(int format, String appVersion, String schoolId, Instant exportedAt,
		List<ArchivedCollection> collections) {

	static final int FORMAT = 1;

	/**
	 * One collection in the archive.
	 *
	 * @param name the collection
	 * @param documents how many documents it holds
	 * @param sha256 hex SHA-256 of its document lines, each with its line feed
	 */
	record ArchivedCollection(String name, long documents, String sha256) {
	}

	Document toDocument() {
		List<Document> entries = new ArrayList<>();
		for (ArchivedCollection collection : this.collections) {
			entries.add(new Document("name", collection.name()).append("documents", collection.documents())
				.append("sha256", collection.sha256()));
		}
		return new Document("manifest",
				new Document("format", this.format).append("appVersion", this.appVersion)
					.append("schoolId", this.schoolId)
					.append("exportedAt", this.exportedAt.toString())
					.append("collections", entries));
	}

	static ArchiveManifest fromDocument(Document line) {
		Document manifest = line.get("manifest", Document.class);
		if (manifest == null) {
			throw new ArchiveRefused("The archive does not begin with a manifest.");
		}
		List<ArchivedCollection> collections = new ArrayList<>();
		for (Document entry : manifest.getList("collections", Document.class)) {
			collections.add(new ArchivedCollection(entry.getString("name"),
					((Number) entry.get("documents")).longValue(), entry.getString("sha256")));
		}
		return new ArchiveManifest(manifest.getInteger("format"), manifest.getString("appVersion"),
				manifest.getString("schoolId"), Instant.parse(manifest.getString("exportedAt")), collections);
	}

}
