package org.jiaxiao.bench.load;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A scenario's figures: per variant, per number of clients; and round trips per request.
 *
 * @param key short name
 * @param title what the screen is
 * @param note what the request contains
 * @param stats variant → clients → figures
 * @param roundTrips variant → MongoDB commands per request
 */
public record ScenarioResult(String key, String title, String note, Map<Variant, Map<Integer, Stat>> stats,
		Map<Variant, RoundTripCount> roundTrips) {

	public @Nullable Stat stat(Variant variant, int clients) {
		Map<Integer, Stat> byClients = this.stats.get(variant);
		return (byClients != null) ? byClients.get(clients) : null;
	}

	/**
	 * MongoDB commands per request.
	 *
	 * @param perRequest all commands, mean over the counted requests
	 * @param byCommand per "command collection", mean
	 * @param typical the median request's commands: what a request costs when no
	 * short-lived cache (the directory's) happens to be refreshed during it
	 */
	public record RoundTripCount(double perRequest, Map<String, Double> byCommand, double typical) {
	}

}
