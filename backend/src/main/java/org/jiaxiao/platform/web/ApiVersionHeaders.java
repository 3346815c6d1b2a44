package org.jiaxiao.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

	/** Written by the backend's build (spring-boot-maven-plugin's build-info goal). */
	static final String BUILD_INFO_FILE = "META-INF/build-info.properties";

	/** Written by the schema module's build (filtered resource). */
	static final String SCHEMA_VERSION_FILE = "META-INF/jiaxiao-schema.properties";

	private static final String UNKNOWN = "unknown";

	private final String serverVersion;

	private final String schemaVersion;

	ApiVersionHeaders() {
		this.serverVersion = versionIn(BUILD_INFO_FILE, "build.version");
		this.schemaVersion = versionIn(SCHEMA_VERSION_FILE, "version");
	}

	/**
	 * A body that arrives slowly is read asynchronously before the chain goes on (see
	 * {@code GraphQlBodyFilter}); the answer then comes from the async dispatch, which
	 * must name the versions too.
	 */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
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

	private static String versionIn(String file, String key) {
		ClassPathResource resource = new ClassPathResource(file);
		if (!resource.exists()) {
			return UNKNOWN;
		}
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties.getProperty(key, UNKNOWN);
	}

}
