package org.jiaxiao.platform.persisted;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How persisted queries are accepted.
 *
 * @param onlyRegistered accept only documents registered in advance (shipped under
 * {@code classpath:persisted-queries/}): no ad-hoc documents, no registration at run time
 */
@ConfigurationProperties("jiaxiao.graphql.persisted-queries")
public record PersistedQueryProperties(boolean onlyRegistered) {
}
