package org.jiaxiao.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether to load the demo school into an empty database on start-up.
 *
 * @param enabled load it; off unless asked for (the {@code dev} profile, or
 * {@code JIAXIAO_DEMO_DATA_ENABLED=true}), so a real school's deployment never holds
 * invented families
 */
@ConfigurationProperties("jiaxiao.demo-data")
public record DemoDataProperties(boolean enabled) {
}
