package org.jiaxiao.directory.importing;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.directory.importing.ImportModel.Outcome;
import org.jiaxiao.directory.importing.ImportModel.Row;
import org.jiaxiao.directory.importing.ImportModel.Summary;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;
import org.jiaxiao.platform.idempotency.IdempotencyKeys.Claim;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL half of an import: the preview (paged), the mapping, the confirmation and
 * the discarding of an upload of the caller's own school.
 */
@Controller
class DirectoryImportController {

	private static final int MAX_PAGE = 200;

	private final DirectoryImports imports;

	private final AuditLog audit;

	private final IdempotencyKeys idempotencyKeys;

	DirectoryImportController(DirectoryImports imports, AuditLog audit, IdempotencyKeys idempotencyKeys) {
		this.idempotencyKeys = idempotencyKeys;
		this.imports = imports;
		this.audit = audit;
	}

	@QueryMapping
	@Nullable ImportView directoryImport(@Argument String id, Principal principal) {
		StaffMember viewer = Viewers.require(principal);
		return this.imports.find(viewer, id).map((stored) -> view(stored, viewer)).orElse(null);
	}

	private ImportView view(StoredImport stored, StaffMember viewer) {
		StudentPlan plan = (stored.status() == ImportModel.Status.PREVIEW) ? this.imports.preview(stored) : null;
		return new ImportView(stored, plan, viewer);
	}

	@SchemaMapping(typeName = "DirectoryImportSummary", field = "new")
	int newCount(Summary summary) {
		return summary.newCount();
	}

	@SchemaMapping(typeName = "DirectoryImport")
	RowPage rows(ImportView view, @Argument @Nullable Outcome outcome, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		List<Row> rows = view.allRows().stream().filter((row) -> outcome == null || row.outcome() == outcome).toList();
		int from = (after != null) ? Integer.parseInt(after) : 0;
		int size = Math.max(0, Math.min((first != null) ? first : 50, MAX_PAGE));
		int to = Math.min(rows.size(), from + size);
		List<Row> page = (from < to) ? rows.subList(from, to) : List.of();
		List<String> shownSensitive = page.stream()
			.filter(ImportView::showsFocus)
			.map(Row::studentId)
			.filter((id) -> id != null)
			.toList();
		if (!shownSensitive.isEmpty()) {
			this.audit.record(view.viewer().id(), view.viewer().schoolId(), "directoryImport", AuditEvent.Kind.READ,
					List.of("focusCategories"), shownSensitive, List.of());
		}
		return new RowPage(page, rows.size(), (to > from) ? String.valueOf(to) : after, to < rows.size());
	}

	@MutationMapping
	ImportPayload mapDirectoryImportColumns(@Argument MapInput input, Principal principal) {
		StaffMember viewer = DirectoryImports.requireImporter(Viewers.require(principal));
		if (claim(viewer, input.idempotencyKey(), input, input.importId()).conflicting()) {
			return new ImportPayload(null, List.of(keyReused()));
		}
		Map<String, ImportField> fields = new HashMap<>();
		input.columns().forEach((column) -> fields.put(column.header(), column.field()));
		try {
			return new ImportPayload(view(this.imports.map(viewer, input.importId(), fields), viewer), List.of());
		}
		catch (ImportRefusal refusal) {
			return new ImportPayload(null, List.of(UserError.of(refusal.code(), "importId", refusal.getMessage())));
		}
	}

	@MutationMapping
	ConfirmPayload confirmDirectoryImport(@Argument ConfirmInput input, Principal principal) {
		StaffMember viewer = DirectoryImports.requireImporter(Viewers.require(principal));
		Claim claim = claim(viewer, input.idempotencyKey(), input, input.importId());
		if (claim.conflicting()) {
			return new ConfirmPayload(null, 0, 0, 0, List.of(keyReused()));
		}
		try {
			ImportApplier.Result result = this.imports.confirm(viewer, input.importId(), input.previewVersion(),
					(input.linkHouseholdRows() != null) ? input.linkHouseholdRows() : List.of(), claim.replay());
			ImportView view = this.imports.find(viewer, input.importId())
				.map((stored) -> view(stored, viewer))
				.orElse(null);
			return new ConfirmPayload(view, result.studentsAdded(), result.studentsChanged(), result.householdsAdded(),
					List.of());
		}
		catch (ImportRefusal refusal) {
			String field = (refusal.code() == UserErrorCode.CONFLICT) ? "previewVersion" : "importId";
			return new ConfirmPayload(null, 0, 0, 0,
					List.of(UserError.of(refusal.code(), field, refusal.getMessage())));
		}
	}

	@MutationMapping
	DiscardPayload discardDirectoryImport(@Argument DiscardInput input, Principal principal) {
		StaffMember viewer = DirectoryImports.requireImporter(Viewers.require(principal));
		Claim claim = claim(viewer, input.idempotencyKey(), input, input.importId());
		if (claim.conflicting()) {
			return new DiscardPayload(false, List.of(keyReused()));
		}
		if (claim.replay() && this.imports.find(viewer, input.importId()).isEmpty()) {
			return new DiscardPayload(true, List.of());
		}
		try {
			this.imports.discard(viewer, input.importId());
			return new DiscardPayload(true, List.of());
		}
		catch (ImportRefusal refusal) {
			return new DiscardPayload(false, List.of(UserError.of(refusal.code(), "importId", refusal.getMessage())));
		}
	}

	/** A key's claim; without a key, a first request. */
	private Claim claim(StaffMember viewer, @Nullable String key, Object input, String importId) {
		return (key != null) ? this.idempotencyKeys.claim(viewer.id(), key, input.toString(), () -> importId)
				: new Claim(importId, false, false);
	}

	private static UserError keyReused() {
		return UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一项不同的修改。");
	}

	/**
	 * A page of preview items.
	 *
	 * @param nodes the items
	 * @param totalCount items with the outcome asked for
	 * @param endCursor where the next page starts
	 * @param hasNextPage whether more follow
	 */
	record RowPage(List<Row> nodes, int totalCount, @Nullable String endCursor, boolean hasNextPage) {
	}

	/**
	 * A column's mapping.
	 *
	 * @param header the header
	 * @param field the field, null for none
	 */
	record ColumnInput(String header, @Nullable ImportField field) {
	}

	/**
	 * The mapping's input.
	 *
	 * @param importId the upload
	 * @param columns columns to map
	 */
	record MapInput(String importId, List<ColumnInput> columns, @Nullable String idempotencyKey) {
	}

	/**
	 * The confirmation's input.
	 *
	 * @param importId the upload
	 * @param previewVersion the preview's version
	 * @param linkHouseholdRows uncertain household matches confirmed
	 */
	record ConfirmInput(String importId, String previewVersion, @Nullable List<Integer> linkHouseholdRows,
			@Nullable String idempotencyKey) {
	}

	/**
	 * The discarding's input.
	 *
	 * @param importId the upload
	 */
	record DiscardInput(String importId, @Nullable String idempotencyKey) {
	}

	/**
	 * The mapping's payload.
	 *
	 * @param directoryImport the upload, re-previewed
	 * @param errors why refused
	 */
	record ImportPayload(@Nullable ImportView directoryImport, List<UserError> errors) {
	}

	/**
	 * The confirmation's payload.
	 *
	 * @param directoryImport the applied upload
	 * @param studentsAdded students added
	 * @param studentsChanged students changed
	 * @param householdsAdded households added
	 * @param errors why refused
	 */
	record ConfirmPayload(@Nullable ImportView directoryImport, int studentsAdded, int studentsChanged,
			int householdsAdded, List<UserError> errors) {
	}

	/**
	 * The discarding's payload.
	 *
	 * @param discarded whether it was discarded
	 * @param errors why refused
	 */
	record DiscardPayload(boolean discarded, List<UserError> errors) {
	}

}
