package org.jiaxiao.tutoring;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.UserError;

/**
 * What recording or updating a contract gave: the contract, or why it was refused.
 *
 * @param contract the contract as stored, null when refused
 * @param errors why it was refused
 */
public record ContractResult(@Nullable TutoringContract contract, List<UserError> errors) {

	static ContractResult stored(TutoringContract contract) {
		return new ContractResult(contract, List.of());
	}

	static ContractResult failed(List<UserError> errors) {
		return new ContractResult(null, errors);
	}

	static ContractResult failed(UserError error) {
		return failed(List.of(error));
	}

}
