package org.jiaxiao.policy;

import java.time.Instant;
import java.time.LocalDate;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.timeline.ContactKind;
import org.jiaxiao.timeline.ContactKindPolicy;

import org.springframework.stereotype.Component;

/**
 * The timeline's question "may this school record a contact of this kind?", answered by
 * the preset of the policy in force on the contact's day in the school's zone.
 */
@Component
class PolicyContactKinds implements ContactKindPolicy {

	private final PolicyService policies;

	private final DirectoryService directory;

	PolicyContactKinds(PolicyService policies, DirectoryService directory) {
		this.policies = policies;
		this.directory = directory;
	}

	@Override
	public boolean allows(String schoolId, ContactKind kind, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, this.directory.school(schoolId).zone());
		return this.policies.inForce(schoolId, day).basedOn().contactKinds().contains(kind);
	}

}
