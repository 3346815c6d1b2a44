package org.jiaxiao.bench.measure;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import org.bson.RawBsonDocument;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Documents and BSON bytes per collection after the data were loaded: what a school of
 * this size stores, read back as raw BSON so the figure is the same on every server (the
 * embedded one has no {@code collStats}). Indexes are not counted. docs/scaling.md
 * extrapolates a district from these figures.
 */
public final class CollectionSizes {

	private CollectionSizes() {
	}

	public static List<Size> measure(MongoTemplate mongo) {
		List<Size> sizes = new ArrayList<>();
		for (String name : mongo.getCollectionNames().stream().sorted().toList()) {
			MongoCollection<RawBsonDocument> collection = mongo.getDb().getCollection(name, RawBsonDocument.class);
			long count = 0;
			long bytes = 0;
			int max = 0;
			for (RawBsonDocument document : collection.find()) {
				int size = document.getByteBuffer().remaining();
				count++;
				bytes += size;
				max = Math.max(max, size);
			}
			sizes.add(new Size(name, count, bytes, max));
		}
		return sizes;
	}

	/**
	 * One collection.
	 *
	 * @param collection its name
	 * @param documents how many documents it holds
	 * @param bytes their BSON bytes in total
	 * @param maxBytes the largest document's BSON bytes
	 */
	public record Size(String collection, long documents, long bytes, int maxBytes) {

		public long bytesPerDocument() {
			return (this.documents == 0) ? 0 : this.bytes / this.documents;
		}

		@Override
		public String toString() {
			return "%-28s %10d docs %14d bytes %8d B/doc %9d B max".formatted(this.collection, this.documents,
					this.bytes, bytesPerDocument(), this.maxBytes);
		}

	}

}
