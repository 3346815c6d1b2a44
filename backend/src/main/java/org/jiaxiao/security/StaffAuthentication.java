package org.jiaxiao.security;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A validated token mapped to the directory's staff member. The principal is the
 * {@link StaffMember} (null when the directory does not know the user), and the
 * authorities are the directory's roles: nothing in the token can grant a role.
 */
public class StaffAuthentication extends AbstractAuthenticationToken {

	private final Jwt token;

	private final @Nullable StaffMember staff;

	StaffAuthentication(Jwt token, @Nullable StaffMember staff) {
		super(authorities(staff));
		this.token = token;
		this.staff = staff;
		setAuthenticated(true);
	}

	private static Collection<? extends GrantedAuthority> authorities(@Nullable StaffMember staff) {
		if (staff == null) {
			return List.of();
		}
		return staff.roles().stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

	@Override
	public Object getCredentials() {
		return this.token;
	}

	@Override
	public @Nullable Object getPrincipal() {
		return this.staff;
	}

	@Override
	public String getName() {
		return this.token.getSubject();
	}

}
