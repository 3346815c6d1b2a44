package org.jiaxiao.security;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The browser-facing headers of every response, for each security filter chain (see
 * decision 0012). The SPA's policy allows no inline or foreign script; styles may be
 * inline because Ant Design writes its CSS-in-JS into {@code <style>} elements at run
 * time (and Monaco, in the analysts' GraphiQL pane, does the same). Scripts may fetch
 * only from the app and the identity provider, which the OIDC client talks to. No page
 * may be framed, no referrer leaves the app (a URL may hold a student's id), and the
 * browser features the app never uses are switched off. Spring Security's defaults stay:
 * HSTS on HTTPS requests only (with {@code server.forward-headers-strategy: native} a
 * trusted proxy's {@code X-Forwarded-Proto: https} counts), {@code nosniff},
 * {@code X-Frame-Options: DENY}. GraphiQL, a development page loaded from esm.sh, gets
 * its own policy.
 */
@Component
public class SecurityHeaders {

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

	private final String issuerOrigin;

	private final RequestMatcher graphiql;

	private final String graphiqlPolicy;

	SecurityHeaders(IdentityProperties identity,
			@Value("${spring.graphql.graphiql.path:/graphiql}") String graphiqlPath) {
		this.issuerOrigin = origin(identity.issuer());
		this.graphiql = PathPatternRequestMatcher.pathPattern(graphiqlPath);
		this.graphiqlPolicy = graphiqlPolicy(GraphiQlPageHashes.sources());
	}

	/** The headers for a chain whose pages post forms only to the app itself. */
	public Customizer<HeadersConfigurer<HttpSecurity>> headers() {
		return headers(List.of());
	}

	/**
	 * @param formTargets origins a form on the chain's pages may lead to, beyond the app
	 * (the development sign-in form ends in a redirect to the SPA's registered origins)
	 */
	public Customizer<HeadersConfigurer<HttpSecurity>> headers(List<String> formTargets) {
		String appPolicy = appPolicy(formTargets);
		return (headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(this.graphiql,
					new ContentSecurityPolicyHeaderWriter(this.graphiqlPolicy)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(this.graphiql),
					new ContentSecurityPolicyHeaderWriter(appPolicy)));
	}

	String appPolicy(List<String> formTargets) {
		Set<String> connect = new LinkedHashSet<>(List.of("'self'", this.issuerOrigin));
		Set<String> forms = new LinkedHashSet<>(List.of("'self'"));
		formTargets.stream().map(SecurityHeaders::origin).forEach(forms::add);
		return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
				+ "font-src 'self' data:; connect-src " + String.join(" ", connect) + "; worker-src 'self'; "
				+ "object-src 'none'; base-uri 'none'; form-action " + String.join(" ", forms)
				+ "; frame-ancestors 'none'";
	}

	/**
	 * Spring for GraphQL's page: an import map and a module script inline (allowed by
	 * hash), modules, styles, fonts and editor workers from esm.sh, and a {@code data:}
	 * module it maps one import to.
	 */
	private static String graphiqlPolicy(String inlineScriptHashes) {
		return "default-src 'self'; script-src 'self' https://esm.sh data: " + inlineScriptHashes
				+ "; style-src 'self' 'unsafe-inline' https://esm.sh; img-src 'self' data:; "
				+ "font-src 'self' data: https://esm.sh; connect-src 'self' https://esm.sh; "
				+ "worker-src 'self' blob: https://esm.sh; object-src 'none'; base-uri 'none'; form-action 'self'; "
				+ "frame-ancestors 'none'";
	}

	private static String origin(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

}
