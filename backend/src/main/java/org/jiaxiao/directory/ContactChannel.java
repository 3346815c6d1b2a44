package org.jiaxiao.directory;

/** The channel a guardian prefers to be reached on. */
public enum ContactChannel {

	PHONE, WECHAT, SMS, EMAIL

}
