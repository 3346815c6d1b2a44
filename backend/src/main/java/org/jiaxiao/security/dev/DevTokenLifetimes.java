package org.jiaxiao.security.dev;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the development issuer's tokens for the SPA live. Access tokens are short so a
 * token that leaks (a log, a screenshot of the developer tools) is soon worthless; the
 * SPA renews them with the refresh token, which it keeps in memory only.
 *
 * @param accessToken lifetime of an access token (and ID token)
 * @param refreshToken lifetime of a refresh token; each renewal issues a new one (the old
 * one stops working), so this is how long a tab that cannot renew (a sleeping laptop) may
 * stay away before its user signs in again
 */
@ConfigurationProperties("jiaxiao.identity.dev-tokens")
record DevTokenLifetimes(@Nullable Duration accessToken, @Nullable Duration refreshToken) {

	static final Duration DEFAULT_ACCESS_TOKEN = Duration.ofMinutes(5);

	static final Duration DEFAULT_REFRESH_TOKEN = Duration.ofMinutes(30);

	DevTokenLifetimes {
		accessToken = (accessToken != null) ? accessToken : DEFAULT_ACCESS_TOKEN;
		refreshToken = (refreshToken != null) ? refreshToken : DEFAULT_REFRESH_TOKEN;
	}

	Duration access() {
		return (this.accessToken != null) ? this.accessToken : DEFAULT_ACCESS_TOKEN;
	}

	Duration refresh() {
		return (this.refreshToken != null) ? this.refreshToken : DEFAULT_REFRESH_TOKEN;
	}

}
