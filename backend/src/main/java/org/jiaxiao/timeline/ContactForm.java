package org.jiaxiao.timeline;

/** How the school and the family met (形式). */
public enum ContactForm {

	HOME_VISIT, PARENT_VISIT, INVITED_VISIT, PHONE, VIDEO_CALL, LETTER_OR_EMAIL, PARENT_MEETING, CLASS_GROUP_MESSAGE,
	CONTACT_BOOK, ONLINE_MESSAGE

}
