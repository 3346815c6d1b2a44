package org.jiaxiao.analytics;

/**
 * A bucket's value on one dimension.
 *
 * @param dimension the dimension
 * @param value machine-readable value
 * @param label the value as people read it (zh-CN)
 */
public record AnalyticsKey(AnalyticsDimension dimension, String value, String label) {
}
