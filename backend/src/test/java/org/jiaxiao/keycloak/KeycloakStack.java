package org.jiaxiao.keycloak;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * JUnit extension for the integration tests: starts Keycloak and the app once for all
 * {@code *IT} classes of the run (a static holder: Keycloak takes 10 to 60 s to start),
 * and stops both by PID when the run ends, whether tests passed or not (a JVM shutdown
 * hook in {@link Stack} is the backstop). A failed start is reported to every class
 * without starting again.
 */
public final class KeycloakStack implements BeforeAllCallback {

	private static final Namespace NAMESPACE = Namespace.create(KeycloakStack.class);

	private static Stack stack;

	private static RuntimeException failure;

	@Override
	public void beforeAll(ExtensionContext context) {
		// The root store closes the stack (AutoCloseable) when the whole run is over.
		context.getRoot().getStore(NAMESPACE).computeIfAbsent(Stack.class, (key) -> startOnce(), Stack.class);
	}

	static synchronized Stack stack() {
		if (stack == null) {
			throw new IllegalStateException("Use @ExtendWith(KeycloakStack.class)");
		}
		return stack;
	}

	private static synchronized Stack startOnce() {
		if (failure != null) {
			throw failure;
		}
		if (stack == null) {
			try {
				stack = Stack.start(Stack.Settings.fromSystemProperties());
			}
			catch (Exception ex) {
				failure = new IllegalStateException("Keycloak or the app did not start: " + ex.getMessage(), ex);
				throw failure;
			}
		}
		return stack;
	}

}
