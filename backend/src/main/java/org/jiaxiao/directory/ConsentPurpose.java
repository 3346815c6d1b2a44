package org.jiaxiao.directory;

/** What a guardian's consent covers. */
public enum ConsentPurpose {

	CONTACT_RECORDS, SENSITIVE_CATEGORIES

}
