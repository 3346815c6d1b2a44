package org.jiaxiao.bench.load;

/**
 * Turns one of the app's levers (the parsed-document cache, answering on the request's
 * thread) off for a measuring window, to show what it saves.
 */
@FunctionalInterface
public interface CacheSwitch {

	void enabled(boolean enabled);

}
