package org.jiaxiao.timeline;

/** Why a contact happened (分类). */
public enum ContactKind {

	ROUTINE, FOCUS, IMMEDIATE

}
