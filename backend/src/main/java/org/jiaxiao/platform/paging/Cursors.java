package org.jiaxiao.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.BadRequestException;

/**
 * Opaque cursors: a kind tag and a few values, base64url-encoded. Clients must not parse
 * them; a malformed or foreign cursor is a bad request, never a server error.
 */
public final class Cursors {

	/** Largest page a client may ask for. */
	public static final int MAX_PAGE = 100;

	private static final char SEPARATOR = '\u001f';

	private Cursors() {
	}

	public static String encode(String kind, String... values) {
		String raw = kind + SEPARATOR + String.join(String.valueOf(SEPARATOR), values);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The values of a cursor of the given kind, or an empty list when there is no cursor.
	 */
	public static List<String> decode(String kind, @Nullable String cursor, int values) {
		if (cursor == null || cursor.isEmpty()) {
			return List.of();
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			List<String> parts = List.of(raw.split(String.valueOf(SEPARATOR), -1));
			if (parts.size() == values + 1 && parts.get(0).equals(kind)) {
				return parts.subList(1, parts.size());
			}
		}
		catch (IllegalArgumentException ex) {
			// fall through: reported below as a bad cursor
		}
		throw new BadRequestException("The cursor is not valid for this list.");
	}

	/**
	 * All values of a cursor of the given kind, however many (a cursor whose layout
	 * changed between versions).
	 * @throws BadRequestException when it is not a cursor of that kind
	 */
	public static List<String> decodeAll(String kind, String cursor) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			List<String> parts = List.of(raw.split(String.valueOf(SEPARATOR), -1));
			if (parts.size() > 1 && parts.get(0).equals(kind)) {
				return parts.subList(1, parts.size());
			}
		}
		catch (IllegalArgumentException ex) {
			// fall through: reported below as a bad cursor
		}
		throw new BadRequestException("The cursor is not valid for this list.");
	}

	/** Checks a requested page size: 1 to {@value #MAX_PAGE}. */
	public static int pageSize(@Nullable Integer first) {
		int size = (first != null) ? first : 20;
		if (size < 1 || size > MAX_PAGE) {
			throw new BadRequestException("first must be between 1 and " + MAX_PAGE + ".");
		}
		return size;
	}

}
