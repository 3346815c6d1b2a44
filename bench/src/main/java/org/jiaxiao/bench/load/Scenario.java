package org.jiaxiao.bench.load;

import java.util.Map;

/**
 * A screen's request, done each way the benchmark compares.
 *
 * @param key short name (JSON key)
 * @param title what the screen is
 * @param ops the request per variant
 * @param note what the request contains, for the report
 */
public record Scenario(String key, String title, Map<Variant, Op> ops, String note) {
}
