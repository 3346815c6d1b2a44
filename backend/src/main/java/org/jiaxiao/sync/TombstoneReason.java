package org.jiaxiao.sync;

/**
 * Why an item must be dropped from an offline copy; the schema's {@code TombstoneReason}.
 */
public enum TombstoneReason {

	RETRACTED, NOT_VISIBLE

}
