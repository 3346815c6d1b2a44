package org.jiaxiao.platform.mongo;

import java.util.Set;

import org.springframework.boot.persistence.autoconfigure.EntityScanner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.TypeAlias;
import org.springframework.data.mongodb.MongoManagedTypes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Tells the mapping layer every stored type up front: the {@code @Document} classes, and
 * also the embedded types stored under a {@code @TypeAlias} (timeline entries). Without
 * the latter, a freshly started app reads an alias such as "contact" it has not met yet
 * and cannot tell which class to build.
 */
@Configuration(proxyBeanMethods = false)
class MongoTypesConfiguration {

	@Bean
	static MongoManagedTypes mongoManagedTypes(ApplicationContext context) throws ClassNotFoundException {
		Set<Class<?>> types = new EntityScanner(context).scan(Document.class, TypeAlias.class);
		return MongoManagedTypes.fromIterable(types);
	}

}
