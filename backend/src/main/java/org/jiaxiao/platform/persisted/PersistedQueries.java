package org.jiaxiao.platform.persisted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The documents the server knows by hash: those shipped under
 * {@code classpath:persisted-queries/} (registered) and, unless only registered ones are
 * allowed, those clients sent once with their hash. Kept in MongoDB so every instance
 * knows them, with a local cache in front.
 */
@Service
class PersistedQueries {

	private static final Logger log = LoggerFactory.getLogger(PersistedQueries.class);

	private final MongoTemplate mongo;

	private final Map<String, String> cache = new ConcurrentHashMap<>();

	PersistedQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void registerShippedDocuments() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:persisted-queries/*.graphql");
		for (Resource resource : resources) {
			String document = resource.getContentAsString(StandardCharsets.UTF_8);
			save(new PersistedQuery(sha256(document), document, true));
		}
		log.info("{} registered persisted queries", resources.length);
	}

	Optional<String> find(String hash, boolean onlyRegistered) {
		String cached = this.cache.get(hash);
		if (cached != null) {
			return Optional.of(cached);
		}
		PersistedQuery stored = this.mongo.findById(hash, PersistedQuery.class);
		if (stored == null || (onlyRegistered && !stored.registered())) {
			return Optional.empty();
		}
		this.cache.put(hash, stored.document());
		return Optional.of(stored.document());
	}

	/**
	 * Learns a document a client sent with its hash; false when the hash does not match.
	 */
	boolean learn(String hash, String document) {
		if (!sha256(document).equals(hash)) {
			return false;
		}
		save(new PersistedQuery(hash, document, false));
		return true;
	}

	boolean isRegistered(String document) {
		return find(sha256(document), true).isPresent();
	}

	static String sha256(String document) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void save(PersistedQuery query) {
		try {
			this.mongo.insert(query);
		}
		catch (DuplicateKeyException ex) {
			if (query.registered()) {
				this.mongo.save(query);
			}
		}
		this.cache.put(query.id(), query.document());
	}

}
