package org.jiaxiao.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

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

		private final AtomicLong replyBytes = new AtomicLong();

		@Override
		public void commandStarted(CommandStartedEvent event) {
			String name = event.getCommandName();
			BsonValue target = event.getCommand().get(name);
			this.sent.add((target != null && target.isString()) ? name + " " + target.asString().getValue() : name);
		}

		@Override
		public void commandSucceeded(CommandSucceededEvent event) {
			this.replyBytes.addAndGet(
					new RawBsonDocument(event.getResponse(), new BsonDocumentCodec()).getByteBuffer().remaining());
		}

		public void clear() {
			this.sent.clear();
			this.replyBytes.set(0);
		}

		/** Bytes the database sent back since the last {@link #clear()}. */
		public long replyBytes() {
			return this.replyBytes.get();
		}

		public List<String> sent() {
			return List.copyOf(this.sent);
		}

	}

}
