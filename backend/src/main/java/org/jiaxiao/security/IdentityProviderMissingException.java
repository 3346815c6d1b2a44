package org.jiaxiao.security;

/**
 * The app was started with no identity provider it may use; {@link #action()} names the
 * setting to set.
 */
public class IdentityProviderMissingException extends IllegalStateException {

	private final String description;

	private final String action;

	IdentityProviderMissingException(String description, String action) {
		super(description + " " + action);
		this.description = description;
		this.action = action;
	}

	public String description() {
		return this.description;
	}

	public String action() {
		return this.action;
	}

}
