package org.jiaxiao.directory;

/** How a guardian is related to the children of a household. */
public enum GuardianRelation {

	MOTHER, FATHER, GRANDMOTHER, GRANDFATHER, OTHER

}
