package org.jiaxiao.platform.persisted;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The documents the server knows by hash: those shipped with the app (registered, see
 * {@link RegisteredDocuments}) and, unless only registered ones are allowed, those
 * clients sent with their hash and that then ran as valid GraphQL (learned).
 * <p>
 * Learned documents are kept in memory only, bounded by count and by size, the least used
 * evicted first: a client that sends endless distinct documents costs a bounded amount of
 * memory and nothing on disk. Each instance learns for itself; a client whose hash an
 * instance does not know is asked for the document (the protocol's normal path).
 */
@Service
class PersistedQueries {

	private static final Logger log = LoggerFactory.getLogger(PersistedQueries.class);

	/** Where earlier versions stored learned documents, without limit. */
	private static final String OLD_COLLECTION = "persisted_queries";

	private final Map<String, String> registered;

	private final Cache<String, String> learned;

	private final MongoTemplate mongo;

	PersistedQueries(JsonMapper json, PersistedQueryProperties properties, MongoTemplate mongo) {
		this.registered = RegisteredDocuments.load(json);
		long maxBytes = properties.learnedMaxSize().toBytes();
		// Weighing a document at least its share of the budget bounds the count too.
		long share = Math.max(1, maxBytes / properties.learnedMaxEntries());
		this.learned = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String hash,
					String document) -> (int) Math.min(Integer.MAX_VALUE,
							Math.max(share, document.getBytes(StandardCharsets.UTF_8).length)))
			// Evict on the caller's thread: the bound holds when learn() returns.
			.executor(Runnable::run)
			.build();
		this.mongo = mongo;
		log.info("{} registered persisted queries", this.registered.size());
	}

	@EventListener(ApplicationReadyEvent.class)
	void dropOldLearnedDocuments() {
		if (this.mongo.collectionExists(OLD_COLLECTION)) {
			this.mongo.dropCollection(OLD_COLLECTION);
			log.info("Dropped {}: learned documents are no longer stored", OLD_COLLECTION);
		}
	}

	Optional<String> find(String hash, boolean onlyRegistered) {
		String document = this.registered.get(hash);
		if (document != null || onlyRegistered) {
			return Optional.ofNullable(document);
		}
		return Optional.ofNullable(this.learned.getIfPresent(hash));
	}

	/** Learns a document that ran as valid GraphQL under this hash (checked before). */
	void learn(String hash, String document) {
		if (!this.registered.containsKey(hash)) {
			this.learned.put(hash, document);
		}
	}

	boolean isRegistered(String document) {
		return this.registered.containsKey(sha256(document));
	}

	long learnedCount() {
		this.learned.cleanUp();
		return this.learned.estimatedSize();
	}

	static String sha256(String document) {
		return RegisteredDocuments.sha256(document);
	}

}
