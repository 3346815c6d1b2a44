package org.jiaxiao.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Makes a mutation safe to retry: the first request with a key claims it and fixes the id
 * of what it creates; a retry learns that id and re-runs the (idempotent) write steps, so
 * a request cut off halfway is completed rather than duplicated. Works without
 * transactions.
 */
@Service
public class IdempotencyKeys {

	/** Longest key a client may send. */
	public static final int MAX_KEY_LENGTH = 200;

	private final MongoTemplate mongo;

	private final Clock clock;

	IdempotencyKeys(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Claims {@code key} for this caller and request, or finds the earlier claim.
	 * @param callerId who sends the request
	 * @param key the client's key
	 * @param request a canonical text of the request's input
	 * @param newResultId the id to use when the key is new
	 */
	public Claim claim(String callerId, String key, String request, Supplier<String> newResultId) {
		String id = callerId + ":" + key;
		String hash = sha256(request);
		try {
			IdempotencyRecord fresh = new IdempotencyRecord(id, hash, newResultId.get(), this.clock.instant());
			this.mongo.insert(fresh);
			return new Claim(fresh.resultId(), false, false);
		}
		catch (DuplicateKeyException ex) {
			IdempotencyRecord earlier = this.mongo.findById(id, IdempotencyRecord.class);
			if (earlier == null) {
				throw new IllegalStateException("Idempotency key vanished while claimed", ex);
			}
			return new Claim(earlier.resultId(), true, !earlier.requestHash().equals(hash));
		}
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The outcome of a claim.
	 *
	 * @param resultId the id the request's result has (or will have)
	 * @param replay the key was used before
	 * @param conflicting the key was used before with different input
	 */
	public record Claim(String resultId, boolean replay, boolean conflicting) {
	}

}
