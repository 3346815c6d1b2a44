package org.jiaxiao.platform;

import java.util.UUID;

/**
 * Opaque ids: a short prefix naming the kind of object, then a random part. The prefix
 * lets {@code node(id)} find the right collection; clients must treat ids as opaque.
 */
public final class Ids {

	private Ids() {
	}

	public static String newId(String prefix) {
		return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
	}

	/** The prefix of an id, or an empty string when it has none. */
	public static String prefixOf(String id) {
		int underscore = id.indexOf('_');
		return (underscore > 0) ? id.substring(0, underscore) : "";
	}

}
