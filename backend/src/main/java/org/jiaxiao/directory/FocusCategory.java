package org.jiaxiao.directory;

/**
 * Categories of students who get more attention (重点家访); sensitive personal information.
 */
public enum FocusCategory {

	LOW_INCOME, LEARNING_DIFFICULTY, SINGLE_PARENT, ORPHAN, DISABILITY, LEFT_BEHIND

}
