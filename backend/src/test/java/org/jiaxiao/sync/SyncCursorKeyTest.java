package org.jiaxiao.sync;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key that signs sync cursors (decision 18) when an operator configures one, and when
 * several instances on one database race to create it.
 */
@TestPropertySource(properties = "jiaxiao.sync.cursor-key=" + SyncCursorKeyTest.CONFIGURED)
class SyncCursorKeyTest extends ApiTest {

	/** Base64 of 32 bytes, 0x01 to 0x20. */
	static final String CONFIGURED = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

	private static final String OTHER = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private DirectoryService directory;

	@Test
	void theConfiguredKeySignsAndNothingIsStored() {
		HttpGraphQlTester homeroom = as("homeroom");
		String cursor = new SyncFeedTest.Model().drain(homeroom, null, 30);
		String staffId = this.directory.staffByUsername("homeroom").orElseThrow().id();
		// Signed with the configured key: a signer holding only that key accepts it.
		assertThat(signer(CONFIGURED).decode(cursor, staffId)).isNotNull();
		assertThat(this.mongo.getCollection("sync_keys").countDocuments()).isZero();
		// A cursor signed with any other key is refused; one signed with the configured
		// key outside the app is taken.
		SyncCursor scope = signer(CONFIGURED).decode(cursor, staffId);
		expectTampered(homeroom, signer(OTHER).encode(scope, staffId));
		assertThat(new SyncFeedTest.Model().page(homeroom, signer(CONFIGURED).encode(scope, staffId), 5).reset())
			.isFalse();
	}

	@Test
	void ofInstancesRacingToCreateTheKeyExactlyOneWinsAndAllSignWithIt() throws Exception {
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				this.mongo.dropCollection(SyncCursorKey.StoredKey.class);
				SyncCursorKey first = new SyncCursorKey(this.mongo, new SyncProperties(null, null));
				SyncCursorKey second = new SyncCursorKey(this.mongo, new SyncProperties(null, null));
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<byte[]>> keys = new ArrayList<>();
				for (SyncCursorKey instance : List.of(first, second)) {
					keys.add(instances.submit(() -> {
						start.await(10, TimeUnit.SECONDS);
						return instance.bytes();
					}));
				}
				byte[] a = keys.get(0).get(30, TimeUnit.SECONDS);
				byte[] b = keys.get(1).get(30, TimeUnit.SECONDS);
				assertThat(a).as("round %d", round).isEqualTo(b).hasSize(SyncCursorKey.MIN_BYTES);
				List<SyncCursorKey.StoredKey> stored = this.mongo.findAll(SyncCursorKey.StoredKey.class);
				assertThat(stored).hasSize(1);
				assertThat(Base64.getDecoder().decode(stored.get(0).key())).isEqualTo(a);
				// A cursor one instance issued is good at the other.
				SyncCursor cursor = SyncCursor.inLog("sch_demo", 0, List.of());
				String issued = new SignedSyncCursors(first).encode(cursor, "stf_1");
				assertThat(new SignedSyncCursors(second).decode(issued, "stf_1")).isNotNull();
			}
		}
		finally {
			instances.shutdownNow();
		}
	}

	private SignedSyncCursors signer(String configuredKey) {
		return new SignedSyncCursors(new SyncCursorKey(this.mongo, new SyncProperties(null, configuredKey)));
	}

	private static void expectTampered(HttpGraphQlTester client, String since) {
		client.document(SyncFeedTest.document("SyncChanges"))
			.variable("since", since)
			.execute()
			.errors()
			.expect((error) -> SignedSyncCursors.TAMPERED.equals(error.getExtensions().get("code")))
			.verify()
			.path("changes")
			.pathDoesNotExist();
	}

}
