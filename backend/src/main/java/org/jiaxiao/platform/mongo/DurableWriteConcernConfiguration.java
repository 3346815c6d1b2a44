package org.jiaxiao.platform.mongo;

import com.mongodb.WriteConcern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * On a real MongoDB, a write is acknowledged only once a majority of the replica set has
 * it in its journal, so neither a crash nor a failover loses an acknowledged write. Set
 * here, after the URI's own options, so a deployment cannot weaken it by leaving
 * {@code w=majority&journal=true} out of the URI. (The embedded server makes its writes
 * durable itself: {@link CommitMode}.) A deployment that must bound the wait sets the
 * driver's {@code timeoutMS} in the URI.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.mongodb.uri:}'.isEmpty()")
class DurableWriteConcernConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	MongoClientSettingsBuilderCustomizer majorityJournaledWrites() {
		return (settings) -> settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
	}

}
