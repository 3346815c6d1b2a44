package org.jiaxiao.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.jiaxiao.platform.graphql.GraphQlErrorBodies;
import org.jiaxiao.platform.observe.RequestId;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A request without a valid bearer token: 401 with the standard {@code WWW-Authenticate}
 * challenge, and a body in the GraphQL error shape (classification UNAUTHORIZED) instead
 * of an empty one, so clients handle it like any other GraphQL error. The challenge's
 * resource-metadata link is built from the configured public URL: built from the request,
 * it would echo whatever {@code Host} header a caller sent.
 */
class GraphQlAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String MESSAGE = "Sign-in required: send a valid bearer access token.";

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final JsonMapper json;

	GraphQlAuthenticationEntryPoint(PublicUrl publicUrl, JsonMapper json) {
		String metadata = publicUrl.resolve(PublicUrl.RESOURCE_METADATA_PATH);
		this.challenge.setResourceMetadataParameterResolver((request) -> metadata);
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		this.challenge.commence(request, response, authException);
		byte[] body = this.json
			.writeValueAsBytes(GraphQlErrorBodies.of(MESSAGE, ErrorType.UNAUTHORIZED, RequestId.of(request)));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
