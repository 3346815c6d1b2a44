package org.jiaxiao.platform.web;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on the body of {@code POST /graphql}.
 *
 * @param maxSize the largest body accepted; the largest valid mutation (a contact with
 * every text field full, in Chinese) is about 95 KB, documents themselves a few KB
 * @param readTimeout how long the whole body may take to arrive, from the end of the
 * headers
 */
@ConfigurationProperties("jiaxiao.graphql.body")
public record GraphQlBodyProperties(@Nullable DataSize maxSize, @Nullable Duration readTimeout) {

	public GraphQlBodyProperties {
		maxSize = (maxSize != null) ? maxSize : DataSize.ofKilobytes(128);
		readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(10);
	}

}
