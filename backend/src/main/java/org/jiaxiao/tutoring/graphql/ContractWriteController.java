package org.jiaxiao.tutoring.graphql;

import java.security.Principal;

import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.tutoring.ContractBook;
import org.jiaxiao.tutoring.ContractResult;
import org.jiaxiao.tutoring.RecordContractInput;
import org.jiaxiao.tutoring.UpdateContractProgressInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Writing contracts: a new one (and the staff to choose for it), and its progress. The
 * payloads carry the contract and the refusals ({@code RecordContractPayload},
 * {@code UpdateContractProgressPayload}).
 */
@Controller
class ContractWriteController {

	private final ContractBook book;

	ContractWriteController(ContractBook book) {
		this.book = book;
	}

	@QueryMapping
	ContractBook.ContractStaff contractStaff(Principal principal) {
		return this.book.staff(Viewers.require(principal));
	}

	@MutationMapping
	ContractResult recordContract(@Argument RecordContractInput input, Principal principal) {
		return this.book.record(Viewers.require(principal), input);
	}

	@MutationMapping
	ContractResult updateContractProgress(@Argument UpdateContractProgressInput input, Principal principal) {
		return this.book.updateProgress(Viewers.require(principal), input);
	}

}
