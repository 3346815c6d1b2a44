package org.jiaxiao.bench.app;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.stereotype.Component;

/**
 * Puts an {@link AsyncDispatchSwitch} around the app's {@code /graphql} handler when the
 * app has its own (one that is not Spring's stock handler); the router then calls the
 * switch.
 */
@Component
@Profile("bench")
class AsyncDispatchSwitchPostProcessor implements BeanPostProcessor, BeanFactoryAware {

	private BeanFactory beans;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beans = beanFactory;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof GraphQlHttpHandler handler && bean.getClass() != GraphQlHttpHandler.class
				&& !(bean instanceof AsyncDispatchSwitch)) {
			return new AsyncDispatchSwitch(this.beans.getBean(WebGraphQlHandler.class), handler);
		}
		return bean;
	}

}
