package org.jiaxiao.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the browser loads carries a strict Content-Security-Policy (no inline or
 * foreign script, no framing), no referrer and no powerful features; HSTS comes only over
 * HTTPS, including HTTPS ended at a trusted proxy.
 */
class SecurityHeadersTest extends ApiTest {

	@Test
	void theSpaForbidsInlineScriptAndFraming() {
		EntityExchangeResult<String> index = page("/");
		String policy = index.getResponseHeaders().getFirst("Content-Security-Policy");
		assertThat(directive(policy, "script-src")).isEqualTo("'self'");
		assertThat(directive(policy, "default-src")).isEqualTo("'self'");
		assertThat(directive(policy, "object-src")).isEqualTo("'none'");
		assertThat(directive(policy, "base-uri")).isEqualTo("'none'");
		assertThat(directive(policy, "frame-ancestors")).isEqualTo("'none'");
		assertThat(index.getResponseHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
		// The built index.html loads its scripts from files, so the policy costs it
		// nothing.
		Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(index.getResponseBody());
		int count = 0;
		while (scripts.find()) {
			assertThat(scripts.group(1)).contains("src=");
			count++;
		}
		assertThat(count).isPositive();
	}

	@Test
	void everyKindOfResponseCarriesThePolicies() {
		for (String path : List.of("/", "/students/stu_1", "/api/config", "/login", "/no-such-page")) {
			HttpHeaders headers = page(path).getResponseHeaders();
			assertThat(headers.getFirst("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
			assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("no-referrer");
			assertThat(headers.getFirst("Permissions-Policy")).as(path)
				.contains("camera=()", "microphone=()", "geolocation=()");
		}
		HttpHeaders graphql = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ viewer { username } }\"}")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders();
		assertThat(graphql.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(graphql.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
	}

	@Test
	void theSpaMayTalkOnlyToItselfAndItsIdentityProvider() {
		String policy = page("/").getResponseHeaders().getFirst("Content-Security-Policy");
		String issuer = this.http.get()
			.uri("/api/config")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()
			.replaceAll(".*\"authority\"\\s*:\\s*\"([a-z]+://[^/\"]+).*", "$1");
		assertThat(directive(policy, "connect-src")).isEqualTo("'self' " + issuer);
		// Ant Design's CSS-in-JS writes <style> elements at run time.
		assertThat(directive(policy, "style-src")).isEqualTo("'self' 'unsafe-inline'");
	}

	@Test
	void theSignInFormMayLeadOnlyToTheSpasRegisteredOrigins() {
		String policy = page("/login").getResponseHeaders().getFirst("Content-Security-Policy");
		assertThat(directive(policy, "form-action")).startsWith("'self' ").contains("http://localhost:5173");
		assertThat(directive(policy, "script-src")).isEqualTo("'self'");
	}

	@Test
	void graphiqlRunsItsOwnInlineScriptsByHashOnly() {
		EntityExchangeResult<String> graphiql = page("/graphiql?path=/graphql");
		String scriptSrc = directive(graphiql.getResponseHeaders().getFirst("Content-Security-Policy"), "script-src");
		assertThat(scriptSrc).doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'");
		List<String> hashes = GraphiQlPageHashes.of(graphiql.getResponseBody());
		assertThat(hashes).hasSize(2);
		assertThat(scriptSrc).contains(hashes);
	}

	@Test
	void hstsOnlyOverHttpsIncludingBehindATrustedProxy() {
		assertThat(page("/").getResponseHeaders().getFirst("Strict-Transport-Security")).isNull();
		String hsts = this.http.get()
			.uri("/")
			.header("X-Forwarded-Proto", "https")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("Strict-Transport-Security");
		assertThat(hsts).contains("max-age=31536000");
	}

	private EntityExchangeResult<String> page(String path) {
		return this.http.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML, MediaType.ALL)
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	private static String directive(String policy, String name) {
		for (String directive : policy.split(";")) {
			String trimmed = directive.strip();
			if (trimmed.startsWith(name + " ")) {
				return trimmed.substring(name.length() + 1);
			}
		}
		throw new AssertionError(name + " is missing from " + policy);
	}

}
