package org.jiaxiao.directory.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiaxiao.directory.FocusCategory;
import org.jiaxiao.directory.Gender;
import org.jiaxiao.directory.GuardianRelation;
import org.jiaxiao.directory.importing.ImportModel.Column;
import org.jiaxiao.directory.importing.ImportModel.ErrorCode;
import org.jiaxiao.directory.importing.ImportModel.RowError;
import org.jspecify.annotations.Nullable;

/**
 * One row of the file read through the mapping: each field's text in its directory form
 * (enum names, ISO dates, digits-only phones), and the row's errors naming their column.
 * A mapped column with an empty cell gives no value: an import never clears a field.
 */
final class RowValues {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{9,11}");

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Map<String, FocusCategory> FOCUS_NAMES = Map.of("低保", FocusCategory.LOW_INCOME, "困难家庭",
			FocusCategory.LOW_INCOME, "学习困难", FocusCategory.LEARNING_DIFFICULTY, "单亲", FocusCategory.SINGLE_PARENT,
			"单亲家庭", FocusCategory.SINGLE_PARENT, "孤儿", FocusCategory.ORPHAN, "残疾", FocusCategory.DISABILITY, "留守",
			FocusCategory.LEFT_BEHIND, "留守儿童", FocusCategory.LEFT_BEHIND);

	final int rowNumber;

	private final Map<ImportField, String> values = new EnumMap<>(ImportField.class);

	final List<RowError> errors = new ArrayList<>();

	private RowValues(int rowNumber) {
		this.rowNumber = rowNumber;
	}

	/**
	 * Reads a data row.
	 * @param rowNumber the spreadsheet row number
	 * @param columns the mapping, in file order
	 * @param cells the row's cells
	 * @param classNames the school's class names
	 * @param today the school's date, for dates in the future
	 */
	static RowValues read(int rowNumber, List<Column> columns, List<String> cells, java.util.Set<String> classNames,
			LocalDate today) {
		RowValues row = new RowValues(rowNumber);
		Map<ImportField, String> headers = new EnumMap<>(ImportField.class);
		for (int i = 0; i < columns.size(); i++) {
			ImportField field = columns.get(i).field();
			if (field == null || headers.containsKey(field)) {
				continue;
			}
			headers.put(field, columns.get(i).header());
			String raw = (i < cells.size()) ? cells.get(i).trim() : "";
			if (!raw.isEmpty()) {
				row.parse(field, columns.get(i).header(), raw, classNames, today);
			}
		}
		for (ImportField required : ImportField.REQUIRED) {
			if (!row.values.containsKey(required) && !row.hasErrorOn(required)) {
				row.errors.add(new RowError(headers.get(required), required, ErrorCode.REQUIRED, null));
			}
		}
		row.requireNameWithPhone(ImportField.GUARDIAN1_PHONE, ImportField.GUARDIAN1_NAME, headers);
		row.requireNameWithPhone(ImportField.GUARDIAN2_PHONE, ImportField.GUARDIAN2_NAME, headers);
		return row;
	}

	@Nullable String get(ImportField field) {
		return this.values.get(field);
	}

	boolean has(ImportField field) {
		return this.values.containsKey(field);
	}

	private boolean hasErrorOn(ImportField field) {
		return this.errors.stream().anyMatch((error) -> error.field() == field);
	}

	private void requireNameWithPhone(ImportField phone, ImportField name, Map<ImportField, String> headers) {
		if ((this.values.containsKey(phone) || hasErrorOn(phone)) && !this.values.containsKey(name)) {
			this.errors.add(new RowError(headers.get(name), name, ErrorCode.REQUIRED, null));
		}
	}

	private void parse(ImportField field, String header, String raw, java.util.Set<String> classNames,
			LocalDate today) {
		String value = switch (field) {
			case GENDER -> gender(raw);
			case BIRTH_DATE -> date(raw);
			case CLASS -> classNames.contains(raw) ? raw : null;
			case GUARDIAN1_PHONE, GUARDIAN2_PHONE -> phone(raw);
			case GUARDIAN1_RELATION, GUARDIAN2_RELATION -> relation(raw);
			case FOCUS_CATEGORIES -> focus(raw);
			default -> raw;
		};
		if (value == null) {
			this.errors.add(new RowError(header, field, errorFor(field), raw));
		}
		else if (field == ImportField.BIRTH_DATE && LocalDate.parse(value).isAfter(today)) {
			this.errors.add(new RowError(header, field, ErrorCode.DATE_IN_FUTURE, raw));
		}
		else {
			this.values.put(field, value);
		}
	}

	private static ErrorCode errorFor(ImportField field) {
		return switch (field) {
			case GENDER -> ErrorCode.BAD_GENDER;
			case BIRTH_DATE -> ErrorCode.BAD_DATE;
			case CLASS -> ErrorCode.UNKNOWN_CLASS;
			case GUARDIAN1_PHONE, GUARDIAN2_PHONE -> ErrorCode.BAD_PHONE;
			case GUARDIAN1_RELATION, GUARDIAN2_RELATION -> ErrorCode.BAD_RELATION;
			case FOCUS_CATEGORIES -> ErrorCode.UNKNOWN_FOCUS_CATEGORY;
			default -> ErrorCode.REQUIRED;
		};
	}

	static @Nullable String gender(String raw) {
		return switch (raw.toLowerCase(Locale.ROOT)) {
			case "男", "男性", "m", "male" -> Gender.MALE.name();
			case "女", "女性", "f", "female" -> Gender.FEMALE.name();
			default -> null;
		};
	}

	static @Nullable String relation(String raw) {
		String lower = raw.toLowerCase(Locale.ROOT);
		for (GuardianRelation relation : GuardianRelation.values()) {
			if (relation.name().equalsIgnoreCase(lower)) {
				return relation.name();
			}
		}
		return switch (lower) {
			case "母亲", "妈妈", "母" -> GuardianRelation.MOTHER.name();
			case "父亲", "爸爸", "父" -> GuardianRelation.FATHER.name();
			case "奶奶", "外婆", "祖母", "外祖母", "姥姥" -> GuardianRelation.GRANDMOTHER.name();
			case "爷爷", "外公", "祖父", "外祖父", "姥爷" -> GuardianRelation.GRANDFATHER.name();
			case "其他", "其它", "监护人" -> GuardianRelation.OTHER.name();
			default -> null;
		};
	}

	static @Nullable String phone(String raw) {
		String digits = raw.replaceAll("[\\s\\-()（）]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		return (MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()) ? digits : null;
	}

	static @Nullable String date(String raw) {
		Matcher matcher = DATE.matcher(raw);
		if (!matcher.matches()) {
			matcher = COMPACT_DATE.matcher(raw);
			if (!matcher.matches()) {
				return null;
			}
		}
		try {
			return LocalDate
				.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(3)))
				.toString();
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	/** Focus categories, sorted, comma-separated enum names. */
	static @Nullable String focus(String raw) {
		TreeSet<String> found = new TreeSet<>();
		for (String part : raw.split("[,，;；、/\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			FocusCategory category = FOCUS_NAMES.get(part);
			if (category == null) {
				try {
					category = FocusCategory.valueOf(part.toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
			found.add(category.name());
		}
		return String.join(",", found);
	}

	static String focusText(@Nullable List<?> categories) {
		TreeSet<String> names = new TreeSet<>();
		if (categories != null) {
			categories.forEach((category) -> names.add(String.valueOf(category)));
		}
		return String.join(",", names);
	}

}
