package org.jiaxiao.platform.idempotency;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The first use of an idempotency key: which request it carried and which result it gave.
 * Expires after a week, long enough for any phone to retry.
 *
 * @param id the caller and the key, so two callers never share a key
 * @param requestHash a digest of the request, to refuse the same key with other input
 * @param resultId the id of the object the first request created
 * @param createdAt when the key was first used
 */
@Document("idempotency_keys")
record IdempotencyRecord(@Id String id, String requestHash, String resultId,
		@Indexed(name = "expire_after_a_week", expireAfter = "7d") Instant createdAt) {
}
