package org.jiaxiao.timeline;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.UserError;

/**
 * What recording a contact gave: the contact, or why it was refused.
 *
 * @param contact the recorded contact, null when refused
 * @param errors why it was refused, empty on success
 */
public record ContactResult(@Nullable Contact contact, List<UserError> errors) {

	static ContactResult recorded(Contact contact) {
		return new ContactResult(contact, List.of());
	}

	static ContactResult failed(List<UserError> errors) {
		return new ContactResult(null, errors);
	}

}
