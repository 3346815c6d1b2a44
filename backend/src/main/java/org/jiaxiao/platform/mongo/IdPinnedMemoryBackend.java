package org.jiaxiao.platform.mongo;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The in-memory backend (tests, throwaway runs) with {@link IdPinning}: lookups that pin
 * {@code _id} use the {@code _id} index instead of scanning the collection.
 */
class IdPinnedMemoryBackend extends MemoryBackend {

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		if (HelloCommand.is(command)) {
			return HelloCommand.from(super.handleCommand(channel, databaseName, "ismaster", query));
		}
		return super.handleCommand(channel, databaseName, command, query);
	}

	@Override
	public MemoryDatabase openOrCreateDatabase(String databaseName) {
		return new PinnedDatabase(databaseName, getCursorRegistry());
	}

	private static final class PinnedDatabase extends MemoryDatabase {

		PinnedDatabase(String databaseName, CursorRegistry cursorRegistry) {
			super(databaseName, cursorRegistry);
		}

		@Override
		protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
			return new PinnedCollection(this, collectionName, options, this.cursorRegistry);
		}

	}

	private static final class PinnedCollection extends MemoryCollection {

		PinnedCollection(MemoryDatabase database, String collectionName, CollectionOptions options,
				CursorRegistry cursorRegistry) {
			super(database, collectionName, options, cursorRegistry);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			IdPinning.Pinned<Integer> pinned = IdPinning.pinned(getIndexes(), query);
			return (pinned != null)
					? matchDocuments(pinned.rest(), pinned.positions(), orderBy, numberToSkip, limit, batchSize,
							fieldSelector)
					: super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

	}

}
