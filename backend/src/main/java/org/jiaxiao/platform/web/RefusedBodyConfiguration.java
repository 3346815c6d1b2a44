package org.jiaxiao.platform.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A body refused as too large (413) is not read to its end: Tomcat otherwise drains it
 * after the answer, holding a request thread while a client trickles a body nobody wants.
 * The connection is closed instead.
 */
@Configuration(proxyBeanMethods = false)
class RefusedBodyConfiguration {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> refusedBodiesAreNotDrained() {
		return (factory) -> factory.addContextCustomizers((context) -> context.setSwallowAbortedUploads(false));
	}

}
