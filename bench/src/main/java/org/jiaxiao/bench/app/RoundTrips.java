package org.jiaxiao.bench.app;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;

/**
 * Counts the commands a MongoDB client sends, by command and collection: a round trip to
 * the database each. The load driver reads it around a batch of requests to report round
 * trips per request and where they go.
 */
public final class RoundTrips implements CommandListener {

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		String name = event.getCommandName();
		BsonValue target = event.getCommand().get(name);
		String key = (target != null && target.isString()) ? name + " " + target.asString().getValue() : name;
		this.counts.computeIfAbsent(key, (k) -> new LongAdder()).increment();
	}

	public void reset() {
		this.counts.clear();
	}

	/** Commands sent since the last reset, by "command collection", sorted. */
	public Map<String, Long> snapshot() {
		Map<String, Long> copy = new TreeMap<>();
		this.counts.forEach((key, count) -> copy.put(key, count.sum()));
		return copy;
	}

}
