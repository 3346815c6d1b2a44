package org.jiaxiao.analytics;

/** Why a bucket shows no figure; the schema's {@code Suppression}. */
public enum Suppression {

	/** Fewer than k distinct students. */
	SMALL_GROUP,

	/** Withheld so that a small bucket of its line cannot be recovered by subtraction. */
	COMPLEMENTARY

}
