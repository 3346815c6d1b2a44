package org.jiaxiao.directory.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.importing.ImportModel.Change;
import org.jiaxiao.directory.importing.ImportModel.Column;
import org.jiaxiao.directory.importing.ImportModel.HouseholdMatch;
import org.jiaxiao.directory.importing.ImportModel.Outcome;
import org.jiaxiao.directory.importing.ImportModel.Row;
import org.jiaxiao.directory.importing.ImportModel.Status;
import org.jiaxiao.directory.importing.ImportModel.Summary;
import org.jspecify.annotations.Nullable;

/**
 * An upload as its viewer sees it: the schema's {@code DirectoryImport}. Focus
 * categories, sensitive, show their values only to roles that see the whole school;
 * others see that they change, not how. An applied import shows what it applied.
 *
 * @param stored the upload
 * @param plan its preview now, null once applied
 * @param viewer who asks
 */
record ImportView(StoredImport stored, @Nullable StudentPlan plan, StaffMember viewer) {

	public String id() {
		return this.stored.id();
	}

	public String fileName() {
		return this.stored.fileName();
	}

	public Status status() {
		return this.stored.status();
	}

	public Instant uploadedAt() {
		return this.stored.uploadedAt();
	}

	public List<Column> columns() {
		return this.stored.columns();
	}

	public List<ImportField> missingFields() {
		Set<ImportField> missing = EnumSet.copyOf(ImportField.REQUIRED);
		this.stored.columns().forEach((column) -> {
			if (column.field() != null) {
				missing.remove(column.field());
			}
		});
		return List.copyOf(missing);
	}

	public String previewVersion() {
		return (this.plan != null) ? this.plan.snapshot.version : "";
	}

	public Summary summary() {
		if (this.plan != null) {
			return this.plan.summary();
		}
		List<Row> applied = allRows();
		int added = (int) applied.stream().filter((row) -> row.outcome() == Outcome.NEW).count();
		return new Summary(applied.size(), added, applied.size() - added, 0, 0, 0);
	}

	public List<HouseholdMatch> householdMatches() {
		return (this.plan != null) ? this.plan.matches : List.of();
	}

	/** Every item, masked for the viewer. */
	List<Row> allRows() {
		List<Row> rows = (this.plan != null) ? this.plan.rows
				: (this.stored.applied() != null) ? this.stored.applied() : List.of();
		if (maySeeFocus()) {
			return rows;
		}
		List<Row> masked = new ArrayList<>(rows.size());
		for (Row row : rows) {
			masked.add(new Row(row.rowNumber(), row.outcome(), row.studentId(), row.studentNo(), row.name(),
					row.changes()
						.stream()
						.map((change) -> (change.field() == ImportField.FOCUS_CATEGORIES) ? change.withheld() : change)
						.toList(),
					row.errors()));
		}
		return masked;
	}

	boolean maySeeFocus() {
		return this.viewer.roles().stream().anyMatch(StaffRole::seesWholeSchool);
	}

	static boolean showsFocus(Row row) {
		return row.changes()
			.stream()
			.anyMatch((Change change) -> change.field() == ImportField.FOCUS_CATEGORIES && !change.masked()
					&& change.before() != null && !change.before().isEmpty());
	}

}
