package org.jiaxiao.security;

import java.time.Clock;
import java.time.LocalDate;

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

	private final Clock clock;

	StaffAuthenticationConverter(DirectoryService directory, IdentityProperties identity, Clock clock) {
		this.directory = directory;
		this.usernameClaim = identity.usernameClaim();
		this.clock = clock;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String username = jwt.hasClaim(this.usernameClaim) ? jwt.getClaimAsString(this.usernameClaim)
				: jwt.getSubject();
		StaffMember staff = (username != null) ? this.directory.staffByUsername(username).orElse(null) : null;
		if (staff != null) {
			// Assignments count from and until their days, in the school's own time zone.
			LocalDate today = this.clock.instant().atZone(this.directory.school(staff.schoolId()).zone()).toLocalDate();
			staff = staff.asOf(today);
		}
		return new StaffAuthentication(jwt, staff);
	}

}
