package org.jiaxiao.sync;

import java.security.SecureRandom;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The key that signs sync cursors. A configured key ({@code jiaxiao.sync.cursor-key})
 * wins; otherwise the first instance to need one makes 32 random bytes and stores them in
 * the database, so the key survives restarts and every instance behind a load balancer
 * signs and checks with the same one, with nothing for an operator to forget. The insert
 * is keyed by a fixed id: of two instances starting at once, one wins and both use its
 * key.
 */
@Component
class SyncCursorKey {

	/** HMAC-SHA256 keys shorter than its block add no strength and hint at a typo. */
	static final int MIN_BYTES = 32;

	private static final String ID = "sync-cursor-hmac";

	private final MongoTemplate mongo;

	private final @Nullable String configured;

	private volatile byte @Nullable [] key;

	SyncCursorKey(MongoTemplate mongo, SyncProperties properties) {
		this.mongo = mongo;
		this.configured = properties.cursorKey();
		if (this.configured != null && !this.configured.isBlank()) {
			this.key = decode(this.configured);
		}
	}

	byte[] bytes() {
		byte[] found = this.key;
		if (found == null) {
			synchronized (this) {
				found = this.key;
				if (found == null) {
					found = storedOrNew();
					this.key = found;
				}
			}
		}
		return found;
	}

	private byte[] storedOrNew() {
		StoredKey stored = this.mongo.findById(ID, StoredKey.class);
		if (stored == null) {
			byte[] fresh = new byte[MIN_BYTES];
			new SecureRandom().nextBytes(fresh);
			try {
				stored = this.mongo.insert(new StoredKey(ID, Base64.getEncoder().encodeToString(fresh)));
			}
			catch (DuplicateKeyException ex) {
				// Another instance stored one first: use theirs.
				stored = this.mongo.findById(ID, StoredKey.class);
			}
		}
		if (stored == null) {
			throw new IllegalStateException("The sync cursor key could not be stored or read.");
		}
		return decode(stored.key());
	}

	private static byte[] decode(String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("jiaxiao.sync.cursor-key must be base64.", ex);
		}
		if (bytes.length < MIN_BYTES) {
			throw new IllegalStateException(
					"jiaxiao.sync.cursor-key must hold at least " + MIN_BYTES + " bytes (base64 of 32 random bytes).");
		}
		return bytes;
	}

	/**
	 * The generated key as stored.
	 *
	 * @param id the fixed id
	 * @param key base64 of the key
	 */
	@Document("sync_keys")
	record StoredKey(@Id String id, String key) {
	}

}
