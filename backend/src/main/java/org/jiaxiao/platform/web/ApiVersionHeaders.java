package org.jiaxiao.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the server's version and the version of the GraphQL contract it serves on every
 * answer of the API ({@code /graphql}, {@code /graphql/schema}), so that a mobile build
 * or a script can check it talks to a server that knows its operations (decision 0026).
 * The server's version comes from the build information Maven writes; the contract's from
 * the schema jar itself, which may be of another version than the server.
 */
@Component
class ApiVersionHeaders extends OncePerRequestFilter {

	static final String SERVER_VERSION = "Jiaxiao-Server-Version";

	static final String SCHEMA_VERSION = "Jiaxiao-Schema-Version";

	/** Written by the schema module's build (filtered resource). */
	static final String SCHEMA_VERSION_FILE = "META-INF/jiaxiao-schema.properties";

	private static final String UNKNOWN = "unknown";

	private final String serverVersion;

	private final String schemaVersion;

	ApiVersionHeaders(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		String version = (properties != null) ? properties.getVersion() : null;
		this.serverVersion = (version != null) ? version : UNKNOWN;
		this.schemaVersion = schemaVersion();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return !"/graphql".equals(path) && !"/graphql/schema".equals(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(SERVER_VERSION, this.serverVersion);
		response.setHeader(SCHEMA_VERSION, this.schemaVersion);
		chain.doFilter(request, response);
	}

	private static String schemaVersion() {
		ClassPathResource file = new ClassPathResource(SCHEMA_VERSION_FILE);
		if (!file.exists()) {
			return UNKNOWN;
		}
		Properties properties = new Properties();
		try (InputStream in = file.getInputStream()) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties.getProperty("version", UNKNOWN);
	}

}
