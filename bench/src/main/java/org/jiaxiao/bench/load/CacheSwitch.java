package org.jiaxiao.bench.load;

/**
 * Turns the app's parsed-document cache off for a measuring window, to show what it
 * saves.
 */
@FunctionalInterface
public interface CacheSwitch {

	void enabled(boolean enabled);

}
