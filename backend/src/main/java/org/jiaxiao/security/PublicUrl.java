package org.jiaxiao.security;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The app's address as browsers reach it ({@code jiaxiao.public-url}). Links the app
 * hands out are built from it, never from the request's {@code Host} header, which any
 * caller can set.
 */
@Component
public class PublicUrl {

	static final String RESOURCE_METADATA_PATH = "/.well-known/oauth-protected-resource";

	private final String base;

	PublicUrl(@Value("${jiaxiao.public-url}") String base) {
		URI uri = URI.create(base);
		if (uri.getScheme() == null || uri.getHost() == null) {
			throw new IllegalArgumentException(
					"jiaxiao.public-url must be an absolute URL such as https://jiaxiao.example.edu, not " + base);
		}
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	public String base() {
		return this.base;
	}

	String resolve(String path) {
		return this.base + path;
	}

}
