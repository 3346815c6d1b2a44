package org.jiaxiao.platform.mongo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.push;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the data file holds once writes are acknowledged is what a {@code kill -9} leaves
 * behind (the operating system keeps what was written, the JVM's memory is gone): a copy
 * of the file taken while the store is still open, with no close and no later commit,
 * holds every acknowledged write, from concurrent writers sharing commits.
 */
class AcknowledgedWriteInFileTest {

	private static final int WRITERS = 4;

	private static final int WRITES_EACH = 50;

	@TempDir
	Path dir;

	@Test
	void everyAcknowledgedWriteIsInTheFileBeforeTheStoreCloses() throws Exception {
		assertThat(acknowledgedWritesInACopy(CommitMode.PER_WRITE)).isEqualTo(WRITERS * WRITES_EACH * 2);
	}

	@Test
	void withFsyncToo() throws Exception {
		assertThat(acknowledgedWritesInACopy(CommitMode.PER_WRITE_FSYNC)).isEqualTo(WRITERS * WRITES_EACH * 2);
	}

	/**
	 * Inserts and updates from concurrent writers, copies the open store's file, and
	 * counts the inserts and updates the copy holds.
	 */
	private int acknowledgedWritesInACopy(CommitMode mode) throws Exception {
		Path file = this.dir.resolve(mode + ".mv");
		IdPinnedH2Backend backend = new IdPinnedH2Backend(IdPinnedH2Backend.open(file.toString(), mode), mode);
		MongoServer server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		Path copy = this.dir.resolve(mode + "-copy.mv");
		try (MongoClient client = MongoClients
			.create("mongodb://" + address.getHostString() + ":" + address.getPort() + "/?directConnection=true")) {
			MongoCollection<Document> students = client.getDatabase("jiaxiao").getCollection("students");
			AtomicInteger acknowledged = new AtomicInteger();
			List<Thread> writers = new ArrayList<>();
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				writers.add(started(() -> {
					for (int i = 0; i < WRITES_EACH; i++) {
						String id = "s" + writer + "-" + i;
						students.insertOne(new Document("_id", id).append("timeline", List.of()));
						students.updateOne(eq("_id", id), push("timeline", new Document("_id", "c" + id)));
						acknowledged.addAndGet(2);
					}
				}));
			}
			for (Thread writer : writers) {
				writer.join();
			}
			assertThat(acknowledged.get()).isEqualTo(WRITERS * WRITES_EACH * 2);
			// What the OS holds now, before any close or later commit.
			Files.copy(file, copy);
		}
		finally {
			server.shutdownNow();
		}
		return countIn(copy);
	}

	private static int countIn(Path copy) throws IOException {
		H2Backend reopened = new H2Backend(copy.toString());
		MongoServer server = new MongoServer(reopened);
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients
			.create("mongodb://" + address.getHostString() + ":" + address.getPort() + "/?directConnection=true")) {
			MongoCollection<Document> students = client.getDatabase("jiaxiao").getCollection("students");
			int inserted = (int) students.countDocuments();
			int appended = (int) students.countDocuments(eq("timeline.0._id", new Document("$exists", true)));
			return inserted + appended;
		}
		finally {
			server.shutdownNow();
		}
	}

	private static Thread started(Runnable work) {
		Thread thread = new Thread(work);
		thread.start();
		return thread;
	}

}
