package org.jiaxiao.escalation;

import org.jiaxiao.tutoring.ContractState;
import org.jiaxiao.tutoring.Contracts;

import org.springframework.stereotype.Component;

/**
 * Keeps the refunded contract's state in step with the escalation: refund requested while
 * the application runs, refunded once the president approves, active again when the
 * refund is refused or the family stays after all. Each move is guarded by the state it
 * leaves, so following an escalation again changes nothing.
 */
@Component
class RefundContracts {

	private final Contracts contracts;

	RefundContracts(Contracts contracts) {
		this.contracts = contracts;
	}

	void follow(Escalation escalation) {
		Refund refund = escalation.refund();
		if (refund == null) {
			return;
		}
		String contract = refund.contractId();
		switch (escalation.state()) {
			case OPEN -> this.contracts.changeState(contract, ContractState.ACTIVE, ContractState.REFUND_REQUESTED);
			case REFUNDED -> {
				this.contracts.changeState(contract, ContractState.ACTIVE, ContractState.REFUND_REQUESTED);
				this.contracts.changeState(contract, ContractState.REFUND_REQUESTED, ContractState.REFUNDED);
			}
			case RESOLVED, REFUND_REFUSED ->
				this.contracts.changeState(contract, ContractState.REFUND_REQUESTED, ContractState.ACTIVE);
		}
	}

}
