package org.jiaxiao.bench.app;

import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Puts a {@link DocumentCacheSwitch} around the app's {@link PreparsedDocumentProvider}
 * bean, if the app has one; the app then registers the switch with GraphQL in its place.
 */
@Component
@Profile("bench")
class DocumentCacheSwitchPostProcessor implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof PreparsedDocumentProvider cache && !(bean instanceof DocumentCacheSwitch)) {
			return new DocumentCacheSwitch(cache);
		}
		return bean;
	}

}
