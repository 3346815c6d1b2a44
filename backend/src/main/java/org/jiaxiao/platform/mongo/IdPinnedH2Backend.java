package org.jiaxiao.platform.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 file backend (the app's default) with {@link IdPinning}: lookups that pin
 * {@code _id} use the {@code _id} index instead of scanning the collection. Collections
 * live in the same MVStore maps as with the plain backend, so a data file written by
 * either opens in the other.
 */
class IdPinnedH2Backend extends H2Backend {

	/** Map names of mongo-java-server's H2 backend (H2Database), kept as they are. */
	private static final String DATA_MAP_PREFIX = "databases.";

	private static final String META_MAP_PREFIX = "meta.";

	IdPinnedH2Backend(String fileName) {
		super(fileName);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new PinnedDatabase(databaseName, getMvStore(), getCursorRegistry());
	}

	/** Inner, not static: the superclass opens collections before its fields are set. */
	private final class PinnedDatabase extends H2Database {

		PinnedDatabase(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
			super(databaseName, mvStore, cursorRegistry);
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			String fullName = getFullCollectionNamespace(collectionName);
			MVMap<Object, Document> data = getMvStore().openMap(DATA_MAP_PREFIX + fullName);
			MVMap<String, Object> meta = getMvStore().openMap(META_MAP_PREFIX + fullName);
			return new PinnedCollection(this, collectionName, options, data, meta, this.cursorRegistry);
		}

	}

	private static final class PinnedCollection extends H2Collection {

		PinnedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
				MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
			super(database, collectionName, options, data, meta, cursorRegistry);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			IdPinning.Pinned<Object> pinned = IdPinning.pinned(getIndexes(), query);
			return (pinned != null)
					? matchDocuments(pinned.rest(), pinned.positions(), orderBy, numberToSkip, limit, batchSize,
							fieldSelector)
					: super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

	}

}
