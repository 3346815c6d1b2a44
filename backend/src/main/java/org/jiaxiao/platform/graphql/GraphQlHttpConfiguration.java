package org.jiaxiao.platform.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

/**
 * The HTTP handler of {@code /graphql}: Spring Boot's router uses this one instead of its
 * own, which differs only in answering on the request's thread.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpConfiguration {

	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
		return new SynchronousGraphQlHttpHandler(webGraphQlHandler);
	}

}
