package org.jiaxiao.analytics;

import java.util.Map;

/**
 * How dimension values read in Chinese (the SPA translates by dimension and value; the
 * label is for analysts reading raw results).
 */
final class KeyLabels {

	private static final String[] NUMERALS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };

	private static final String[] WEEKDAYS = { "", "周一", "周二", "周三", "周四", "周五", "周六", "周日" };

	private static final Map<String, String> ROLES = Map.of("PRINCIPAL", "校长", "MORAL_EDUCATION", "德育处", "GRADE_LEADER",
			"年级组长", "HOMEROOM_TEACHER", "班主任", "SUBJECT_TEACHER", "任课教师", AnalyticsStore.OTHER_ROLE, "其他");

	private static final Map<String, String> FORMS = Map.of("HOME_VISIT", "上门家访", "PARENT_VISIT", "家长来访",
			"INVITED_VISIT", "约访", "PHONE", "电访", "VIDEO_CALL", "视频家访", "LETTER_OR_EMAIL", "信访", "PARENT_MEETING",
			"家长会", "CLASS_GROUP_MESSAGE", "班级群消息", "CONTACT_BOOK", "家校联系册", "ONLINE_MESSAGE", "平台留言");

	private static final Map<String, String> KINDS = Map.of("ROUTINE", "常规", "FOCUS", "重点", "IMMEDIATE", "立即",
			"GENERAL_VISIT", "普访", "FOLLOW_UP", "随访", "SCHEDULED", "定访");

	private static final Map<String, String> CATEGORIES = Map.of("LOW_INCOME", "贫困", "LEARNING_DIFFICULTY", "学习困难",
			"SINGLE_PARENT", "单亲", "ORPHAN", "孤儿", "DISABILITY", "残障", "LEFT_BEHIND", "留守儿童",
			AnalyticsStore.NO_CATEGORY, "无重点类别");

	private KeyLabels() {
	}

	/**
	 * The label of a value; class names come from the directory.
	 * @param classNames class id to name
	 */
	static String of(AnalyticsDimension dimension, String value, Map<String, String> classNames) {
		return switch (dimension) {
			case GRADE -> grade(value);
			case CLASS -> classNames.getOrDefault(value, value);
			case TEACHER_ROLE -> ROLES.getOrDefault(value, value);
			case FORM -> FORMS.getOrDefault(value, value);
			case KIND -> KINDS.getOrDefault(value, value);
			case MONTH -> month(value);
			case WEEKDAY -> weekday(value);
			case FOCUS_CATEGORY -> CATEGORIES.getOrDefault(value, value);
		};
	}

	private static String grade(String value) {
		try {
			int grade = Integer.parseInt(value);
			return (grade > 0 && grade < NUMERALS.length) ? NUMERALS[grade] + "年级" : value + "年级";
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	private static String month(String value) {
		String[] parts = value.split("-");
		if (parts.length != 2) {
			return value;
		}
		return parts[0] + "年" + Integer.parseInt(parts[1]) + "月";
	}

	private static String weekday(String value) {
		try {
			int day = Integer.parseInt(value);
			return (day >= 1 && day <= 7) ? WEEKDAYS[day] : value;
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

}
