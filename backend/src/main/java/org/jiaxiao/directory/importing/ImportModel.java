package org.jiaxiao.directory.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.SchemaEnum;

/** The preview's vocabulary: outcomes, errors and changes of the file's rows. */
public final class ImportModel {

	private ImportModel() {
	}

	/** What confirming does with a row. */
	@SchemaEnum("DirectoryImportOutcome")
	public enum Outcome {

		NEW, CHANGED, UNCHANGED, LEFT, ERROR

	}

	/** Why a row cannot be imported; the SPA renders each code in zh-CN and English. */
	@SchemaEnum("DirectoryImportErrorCode")
	public enum ErrorCode {

		REQUIRED, BAD_PHONE, BAD_DATE, DATE_IN_FUTURE, UNKNOWN_CLASS, DUPLICATE_STUDENT_NO, BAD_GENDER, BAD_RELATION,
		UNKNOWN_FOCUS_CATEGORY

	}

	/** Whether the upload's changes are in the directory. */
	@SchemaEnum("DirectoryImportStatus")
	public enum Status {

		PREVIEW, APPLIED

	}

	/**
	 * A header of the file and the field it feeds.
	 *
	 * @param header as written in the file
	 * @param field the field, null when not imported
	 * @param recognised recognised from the header rather than mapped by a person
	 */
	public record Column(String header, @Nullable ImportField field, boolean recognised) {
	}

	/**
	 * One error of a row.
	 *
	 * @param column the header of the column at fault, null for the whole row
	 * @param field the field at fault
	 * @param code why
	 * @param value the value as written
	 */
	public record RowError(@Nullable String column, @Nullable ImportField field, ErrorCode code,
			@Nullable String value) {
	}

	/**
	 * One field's before and after.
	 *
	 * @param field the field
	 * @param before the directory's value, null when empty
	 * @param after the file's value
	 * @param masked values withheld from the caller (set when shown, never stored)
	 */
	public record Change(ImportField field, @Nullable String before, @Nullable String after, boolean masked) {

		Change withheld() {
			return new Change(this.field, null, null, true);
		}

	}

	/**
	 * One item of the preview.
	 *
	 * @param rowNumber the spreadsheet row (header is 1), null for a student the file
	 * lacks
	 * @param outcome what confirming does
	 * @param studentId the student, when the directory has them or once added
	 * @param studentNo 学籍号
	 * @param name the student's name
	 * @param changes field by field, for new and changed rows
	 * @param errors why the row cannot be imported
	 */
	public record Row(@Nullable Integer rowNumber, Outcome outcome, @Nullable String studentId,
			@Nullable String studentNo, @Nullable String name, List<Change> changes, List<RowError> errors) {
	}

	/**
	 * A new student whose guardian's phone is known with another address or name.
	 *
	 * @param rowNumber the new student's row
	 * @param studentName the new student's name
	 * @param phone the shared phone
	 * @param guardianName the row's guardian name for that phone
	 * @param address the row's address
	 * @param otherGuardianName the household's guardian name for that phone
	 * @param otherAddress the household's address
	 * @param otherStudents the household's children, or the other row's student
	 */
	public record HouseholdMatch(int rowNumber, String studentName, String phone, @Nullable String guardianName,
			@Nullable String address, @Nullable String otherGuardianName, @Nullable String otherAddress,
			List<String> otherStudents) {
	}

	/**
	 * Counts of the preview.
	 *
	 * @param rows rows of the file
	 * @param newCount rows adding a student
	 * @param changed rows changing one
	 * @param unchanged rows changing nothing
	 * @param left students the file lacks
	 * @param errors rows with errors
	 */
	public record Summary(int rows, int newCount, int changed, int unchanged, int left, int errors) {
	}

}
