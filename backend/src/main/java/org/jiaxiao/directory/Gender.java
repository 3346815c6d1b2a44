package org.jiaxiao.directory;

/** Gender as recorded by the school. */
public enum Gender {

	FEMALE, MALE

}
