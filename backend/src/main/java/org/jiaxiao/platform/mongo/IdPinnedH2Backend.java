package org.jiaxiao.platform.mongo;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;

/**
 * The H2 file backend (the app's default) with {@link IdPinning}: lookups that pin
 * {@code _id} use the {@code _id} index instead of scanning the collection. Collections
 * live in the same MVStore maps as with the plain backend, so a data file written by
 * either opens in the other.
 * <p>
 * Unless the commit mode is {@link CommitMode#BACKGROUND}, no reply leaves the server
 * before what it reports is in the file: after each command, if the store holds changes
 * not yet committed (this command's, or another writer's that a read may have seen), the
 * reply waits for a {@link GroupCommit}. A read while nobody writes costs nothing extra.
 */
class IdPinnedH2Backend extends H2Backend {

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		if (HelloCommand.is(command)) {
			return HelloCommand.from(super.handleCommand(channel, databaseName, "ismaster", query));
		}
		return super.handleCommand(channel, databaseName, command, query);
	}

	/** MongoDB's own code for a write refused for lack of disk space. */
	static final int OUT_OF_DISK_SPACE = 14031;

	/** H2's default delay of its background commit. */
	private static final int BACKGROUND_COMMIT_DELAY_MS = 1000;

	/** Map names of mongo-java-server's H2 backend (H2Database), kept as they are. */
	private static final String DATA_MAP_PREFIX = "databases.";

	private static final String META_MAP_PREFIX = "meta.";

	/** How often writes outside a request are committed and the file is tidied. */
	private static final long OUTSIDE_REQUEST_COMMIT_MS = 1000;

	/** Below this share of live data in the file's chunks, live pages are moved. */
	static final int CHUNK_FILL_TARGET = 80;

	/** Live pages moved per tidying pass, bounding the next commit's extra size. */
	static final int TIDY_WRITE_BYTES = 1024 * 1024;

	private final @Nullable GroupCommit groupCommit;

	/** Per-request modes: replies do not wait, the HTTP response does. */
	private final boolean perRequest;

	/**
	 * Commits what was written outside any request (per-request modes) and tidies the
	 * file (every durable mode): H2's own writer, which did both, is off.
	 */
	private final @Nullable ScheduledExecutorService committer;

	/** Set by the benchmark for a window: H2's background commit, replies not waiting. */
	private volatile boolean backgroundOnly;

	IdPinnedH2Backend(MVStore store, CommitMode mode) {
		super(store);
		this.groupCommit = (mode == CommitMode.BACKGROUND) ? null : new GroupCommit(store, mode.fsync());
		this.perRequest = mode.perRequest();
		if (this.groupCommit != null) {
			// Through the group commit, never H2's own writer: H2's commit skips when
			// another is under way, which would let a waiting response through early.
			this.committer = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "embedded-mongo-commit");
				thread.setDaemon(true);
				return thread;
			});
			this.committer.scheduleWithFixedDelay(this::commitAndTidy, OUTSIDE_REQUEST_COMMIT_MS,
					OUTSIDE_REQUEST_COMMIT_MS, TimeUnit.MILLISECONDS);
		}
		else {
			this.committer = null;
		}
	}

	/**
	 * Opens the data file for {@code mode}: without H2's background commit unless the
	 * mode is {@link CommitMode#BACKGROUND}, so that only {@link GroupCommit} writes it.
	 */
	static MVStore open(String fileName, CommitMode mode) {
		MVStore.Builder builder = new MVStore.Builder().fileName(fileName);
		if (mode != CommitMode.BACKGROUND) {
			builder.autoCommitDisabled().autoCommitBufferSize(0);
		}
		return builder.open();
	}

	/** Every command of a current driver (OP_MSG), reads and writes alike. */
	@Override
	public Document handleMessage(MongoMessage message) {
		refuseOnceFailed();
		Document reply = super.handleMessage(message);
		if (!this.perRequest) {
			awaitDurable();
		}
		return reply;
	}

	/** The legacy query message (OP_QUERY), which old drivers send. */
	@Override
	public QueryResult handleQuery(MongoQuery query) {
		refuseOnceFailed();
		QueryResult result = super.handleQuery(query);
		if (!this.perRequest) {
			awaitDurable();
		}
		return result;
	}

	/**
	 * Per-request modes: once a commit failed, every command is refused with the same
	 * error as in the per-write modes (there the reply's own wait reports it).
	 */
	private void refuseOnceFailed() {
		if (this.perRequest && this.groupCommit != null && this.groupCommit.failure() != null) {
			awaitDurable();
		}
	}

	/** Whether the HTTP response waits for the commit ({@link RequestCommitFilter}). */
	boolean commitsPerRequest() {
		return this.perRequest;
	}

	/**
	 * The barrier before a response: returns once everything changed in the store so far
	 * is in the file; at once when nothing is unsaved.
	 * @throws GroupCommit.StoreFailedException when the store could not write
	 */
	void awaitRequestDurable() {
		if (this.groupCommit == null || this.backgroundOnly) {
			return;
		}
		this.groupCommit.awaitDurable();
	}

	/**
	 * Commits what was written outside requests, then moves live pages out of mostly dead
	 * chunks, as H2's writer would, and commits them: otherwise chunks that hold a few
	 * live pages are never freed and the file grows with every commit. Skipped while the
	 * benchmark lets H2's writer run.
	 */
	private void commitAndTidy() {
		try {
			if (this.groupCommit == null || this.groupCommit.failure() != null || this.backgroundOnly) {
				return;
			}
			this.groupCommit.awaitDurable();
			MVStore store = getMvStore();
			if (store.getFileStore().getChunksFillRate() < CHUNK_FILL_TARGET
					&& store.compact(CHUNK_FILL_TARGET, TIDY_WRITE_BYTES)) {
				this.groupCommit.awaitDurable();
			}
		}
		catch (RuntimeException ex) {
			// Recorded by the group commit: health turns DOWN, responses get the error.
		}
	}

	@Override
	public void close() {
		if (this.committer != null) {
			this.committer.shutdownNow();
			try {
				this.committer.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		super.close();
	}

	/**
	 * Why the store stopped writing (it is then closed), or null while it works; always
	 * null in {@link CommitMode#BACKGROUND}, where a failed background write goes
	 * unnoticed.
	 */
	@Nullable RuntimeException failure() {
		if (this.groupCommit != null && this.groupCommit.failure() != null) {
			return this.groupCommit.failure();
		}
		return getMvStore().getPanicException();
	}

	/**
	 * Switches, while the app runs, between the configured commit and H2's background
	 * commit, so the benchmark measures both in one run, interleaved. Not for production:
	 * the mode is a setting.
	 */
	void commitInBackground(boolean background) {
		if (this.groupCommit == null) {
			return;
		}
		if (background) {
			getMvStore().setAutoCommitDelay(BACKGROUND_COMMIT_DELAY_MS);
			this.backgroundOnly = true;
		}
		else {
			// Stops H2's writer thread (and waits for it) before replies wait again.
			getMvStore().setAutoCommitDelay(0);
			this.backgroundOnly = false;
		}
	}

	private void awaitDurable() {
		if (this.groupCommit == null || this.backgroundOnly) {
			return;
		}
		try {
			this.groupCommit.awaitDurable();
		}
		catch (GroupCommit.StoreFailedException ex) {
			// The client gets an error instead of an acknowledgement, with the code a
			// MongoDB server answers when its disk is full.
			throw new MongoServerError(OUT_OF_DISK_SPACE, "OutOfDiskSpace", ex.getMessage(), ex);
		}
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
