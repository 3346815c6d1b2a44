package org.jiaxiao.directory.importing;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.SchemaEnum;

/**
 * A directory field a column of the school's sheet may feed, with the headers schools
 * usually write for it (Chinese and English), recognised without a mapping.
 */
@SchemaEnum("DirectoryImportField")
public enum ImportField {

	STUDENT_NO("学籍号", "学号", "全国学籍号", "学籍编号", "student no", "student number", "student id"),

	NAME("姓名", "学生姓名", "name", "student name"),

	GENDER("性别", "gender", "sex"),

	BIRTH_DATE("出生日期", "出生年月", "生日", "date of birth", "birth date", "birthday"),

	CLASS("班级", "所在班级", "class"),

	GUARDIAN1_NAME("监护人1姓名", "家长姓名", "家长1姓名", "父母姓名", "guardian 1 name", "guardian name", "parent name"),

	GUARDIAN1_RELATION("监护人1关系", "家长1关系", "与学生关系", "关系", "guardian 1 relation", "relation"),

	GUARDIAN1_PHONE("监护人1电话", "家长1电话", "联系电话", "家长电话", "手机号", "guardian 1 phone", "phone", "parent phone"),

	GUARDIAN2_NAME("监护人2姓名", "家长2姓名", "guardian 2 name"),

	GUARDIAN2_RELATION("监护人2关系", "家长2关系", "guardian 2 relation"),

	GUARDIAN2_PHONE("监护人2电话", "家长2电话", "guardian 2 phone"),

	ADDRESS("家庭住址", "住址", "家庭地址", "地址", "address", "home address"),

	FOCUS_CATEGORIES("关注类别", "重点关注", "focus categories", "focus");

	/** Fields a row cannot do without. */
	static final List<ImportField> REQUIRED = List.of(STUDENT_NO, NAME, GENDER, CLASS);

	private final List<String> headers;

	ImportField(String... headers) {
		this.headers = List.of(headers);
	}

	/** The Chinese header of the template and the export. */
	String templateHeader() {
		return this.headers.get(0);
	}

	/** The field a header names by itself, if any. */
	static @Nullable ImportField recognise(String header) {
		String wanted = normalise(header);
		for (ImportField field : values()) {
			for (String alias : field.headers) {
				if (normalise(alias).equals(wanted)) {
					return field;
				}
			}
		}
		return null;
	}

	private static String normalise(String header) {
		return header.replaceAll("[\\s_\\-（）()：:]", "").toLowerCase(Locale.ROOT);
	}

}
