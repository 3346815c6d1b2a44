package org.jiaxiao.analytics;

/** What contact figures can be grouped by; the schema's {@code AnalyticsDimension}. */
public enum AnalyticsDimension {

	GRADE, CLASS, TEACHER_ROLE, FORM, KIND, MONTH, WEEKDAY, FOCUS_CATEGORY

}
