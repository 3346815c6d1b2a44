package org.jiaxiao.security;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Maps a validated token to the staff member it names, by a stable claim
 * ({@code preferred_username} by default, falling back to {@code sub}).
 */
@Component
class StaffAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final DirectoryService directory;

	private final String usernameClaim;

	StaffAuthenticationConverter(DirectoryService directory, IdentityProperties identity) {
		this.directory = directory;
		this.usernameClaim = identity.usernameClaim();
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String username = jwt.hasClaim(this.usernameClaim) ? jwt.getClaimAsString(this.usernameClaim)
				: jwt.getSubject();
		StaffMember staff = (username != null) ? this.directory.staffByUsername(username).orElse(null) : null;
		return new StaffAuthentication(jwt, staff);
	}

}
