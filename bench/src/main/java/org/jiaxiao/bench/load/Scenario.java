package org.jiaxiao.bench.load;

import java.util.Map;

/**
 * A screen's request, done each way the benchmark compares.
 *
 * @param key short name (JSON key)
 * @param title what the screen is
 * @param ops the request per variant
 * @param note what the request contains, for the report
 * @param writes whether the request adds data (then it is warmed up only just before it
 * is measured, after every screen that reads)
 */
public record Scenario(String key, String title, Map<Variant, Op> ops, String note, boolean writes) {

	/** A screen that only reads. */
	public Scenario(String key, String title, Map<Variant, Op> ops, String note) {
		this(key, title, ops, note, false);
	}

}
