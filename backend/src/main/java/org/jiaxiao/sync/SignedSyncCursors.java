package org.jiaxiao.sync;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.BadRequestException;
import org.jiaxiao.platform.paging.Cursors;

import org.springframework.stereotype.Component;

/**
 * Sync cursors as clients hold them: the cursor's values and the id of the staff member
 * it was issued to, with an HMAC-SHA256 over both. A cursor carries the classes its
 * holder could see; unsigned, a client could edit that list and receive tombstones
 * (student ids) of classes it never saw. Signed and bound, a changed cursor or another
 * person's is refused with a code the client can act on (start over without a cursor).
 */
@Component
class SignedSyncCursors {

	/** A cursor whose values or signature were changed, or not made by this server. */
	static final String TAMPERED = "SYNC_CURSOR_INVALID";

	/** A genuine cursor issued to another member of staff. */
	static final String NOT_YOURS = "SYNC_CURSOR_NOT_YOURS";

	private static final String KIND = "sync";

	/**
	 * Changes when the cursor's meaning changes; an older cursor then resets the client.
	 * Version 1 was unsigned: it resets too, to a snapshot of the caller's scope as it is
	 * now, so nothing written into it is believed.
	 */
	static final String VERSION = "2";

	/** Version, staff id, the cursor's seven values, signature. */
	private static final int VALUES = 10;

	private final SyncCursorKey key;

	SignedSyncCursors(SyncCursorKey key) {
		this.key = key;
	}

	String encode(SyncCursor cursor, String staffId) {
		List<String> values = new ArrayList<>();
		values.add(VERSION);
		values.add(staffId);
		values.addAll(cursor.values());
		values.add(sign(values));
		return Cursors.encode(KIND, values.toArray(String[]::new));
	}

	/**
	 * The cursor a client sent; null when it is of an older version (the client then
	 * starts over).
	 * @throws BadRequestException when it is not a sync cursor, was changed, or was
	 * issued to someone else
	 */
	@Nullable SyncCursor decode(String cursor, String staffId) {
		List<String> values = Cursors.decodeAll(KIND, cursor);
		if (!VERSION.equals(values.get(0))) {
			return null;
		}
		if (values.size() != VALUES) {
			throw tampered();
		}
		List<String> signed = values.subList(0, VALUES - 1);
		byte[] expected = sign(signed).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, values.get(VALUES - 1).getBytes(StandardCharsets.US_ASCII))) {
			throw tampered();
		}
		if (!staffId.equals(values.get(1))) {
			throw new BadRequestException("This sync cursor was issued to someone else; start over without one.",
					NOT_YOURS);
		}
		return SyncCursor.of(values.subList(2, VALUES - 1));
	}

	private String sign(List<String> values) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key.bytes(), "HmacSHA256"));
			// The values are joined as the cursor joins them, so no two lists sign alike.
			byte[] signature = mac
				.doFinal((KIND + '\u001f' + String.join("\u001f", values)).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static BadRequestException tampered() {
		return new BadRequestException("The sync cursor is not one this server issued; start over without one.",
				TAMPERED);
	}

}
