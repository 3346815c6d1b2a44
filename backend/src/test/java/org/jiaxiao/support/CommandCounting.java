package org.jiaxiao.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the commands the app's MongoDB client sends, for tests that hold a screen to a
 * number of round trips. Import {@link CountCommands} and autowire {@link Commands}.
 */
public final class CommandCounting {

	private CommandCounting() {
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class CountCommands {

		@Bean
		public Commands commands() {
			return new Commands();
		}

		@Bean
		public MongoClientSettingsBuilderCustomizer countCommands(Commands commands) {
			return (settings) -> settings.addCommandListener(commands);
		}

	}

	/** Every command the app's client sends, as "command collection". */
	public static final class Commands implements CommandListener {

		private final List<String> sent = new CopyOnWriteArrayList<>();

		@Override
		public void commandStarted(CommandStartedEvent event) {
			String name = event.getCommandName();
			BsonValue target = event.getCommand().get(name);
			this.sent.add((target != null && target.isString()) ? name + " " + target.asString().getValue() : name);
		}

		public void clear() {
			this.sent.clear();
		}

		public List<String> sent() {
			return List.copyOf(this.sent);
		}

	}

}
