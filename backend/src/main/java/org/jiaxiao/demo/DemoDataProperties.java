package org.jiaxiao.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether to load the demo school into an empty database on start-up.
 *
 * @param enabled load it (default true; off for a real school)
 */
@ConfigurationProperties("jiaxiao.demo-data")
public record DemoDataProperties(boolean enabled) {
}
