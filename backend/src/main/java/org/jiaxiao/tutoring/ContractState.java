package org.jiaxiao.tutoring;

/** Where a family's contract stands. */
public enum ContractState {

	ACTIVE, REFUND_REQUESTED, REFUNDED, COMPLETED

}
