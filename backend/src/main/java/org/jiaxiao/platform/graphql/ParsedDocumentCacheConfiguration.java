package org.jiaxiao.platform.graphql;

import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@link ParsedDocumentCache} with graphql-java. The provider is a bean of
 * its own so the benchmark can wrap it (to switch it off and measure what it saves).
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocumentCacheConfiguration {

	@Bean
	PreparsedDocumentProvider parsedDocumentCache() {
		return new ParsedDocumentCache();
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCacheCustomizer(PreparsedDocumentProvider parsedDocumentCache) {
		return (builder) -> builder
			.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(parsedDocumentCache));
	}

}
