package org.jiaxiao.directory.importing;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.importing.ImportModel.Column;
import org.jiaxiao.directory.importing.ImportModel.Outcome;
import org.jiaxiao.directory.importing.ImportModel.Row;
import org.jiaxiao.directory.importing.ImportModel.Status;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Uploads, previews and confirms imports of a school's students. Only the school's
 * administrator, principal or campus director, and only for their own school: an upload
 * of another school is "not found".
 */
@Service
public class DirectoryImports {

	/** How long an upload waits for its confirmation. */
	static final Duration KEPT_FOR = Duration.ofDays(1);

	private static final Set<StaffRole> IMPORTERS = Set.of(StaffRole.SCHOOL_ADMIN, StaffRole.PRINCIPAL,
			StaffRole.CAMPUS_DIRECTOR);

	private final MongoTemplate mongo;

	private final DirectoryService directory;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DirectoryImports(MongoTemplate mongo, DirectoryService directory, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.mongo = mongo;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** FORBIDDEN unless the caller keeps their school's directory. */
	public static StaffMember requireImporter(StaffMember viewer) {
		if (viewer.roles().stream().noneMatch(IMPORTERS::contains)) {
			throw new ForbiddenException(
					"Only the school's administrator, the principal or the campus director import the directory.");
		}
		return viewer;
	}

	/** Parses a file and keeps it for its preview; the school's saved mapping applies. */
	public StoredImport upload(StaffMember viewer, String fileName, byte[] bytes) {
		requireImporter(viewer);
		List<List<String>> rows;
		try {
			rows = SheetReader.read(fileName, bytes);
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportRefusal(UserErrorCode.NOT_IN_POLICY, "The file is not a readable XLSX or CSV sheet.");
		}
		if (rows.isEmpty()) {
			throw new ImportRefusal(UserErrorCode.EMPTY, "The file has no header row.");
		}
		SavedMapping saved = this.mongo.findById(viewer.schoolId(), SavedMapping.class);
		Map<String, ImportField> savedFields = new HashMap<>();
		if (saved != null) {
			saved.columns().forEach((column) -> savedFields.put(column.header(), column.field()));
		}
		List<Column> columns = new ArrayList<>();
		for (String header : rows.get(0)) {
			ImportField recognised = ImportField.recognise(header);
			if (recognised != null) {
				columns.add(new Column(header, recognised, true));
			}
			else {
				columns.add(new Column(header, savedFields.get(header), false));
			}
		}
		StoredImport stored = new StoredImport(Ids.newId("dim"), viewer.schoolId(), viewer.id(), fileName,
				this.clock.instant(), this.clock.instant().plus(KEPT_FOR), withoutRepeats(columns),
				new ArrayList<>(rows.subList(1, rows.size())), Status.PREVIEW, null, null);
		return this.mongo.insert(stored);
	}

	/** A field fed by two columns is fed by the first only. */
	private static List<Column> withoutRepeats(List<Column> columns) {
		Set<ImportField> seen = new java.util.HashSet<>();
		List<Column> result = new ArrayList<>();
		for (Column column : columns) {
			if (column.field() != null && !seen.add(column.field())) {
				result.add(new Column(column.header(), null, false));
			}
			else {
				result.add(column);
			}
		}
		return result;
	}

	/** An upload of the caller's school. */
	public Optional<StoredImport> find(StaffMember viewer, String id) {
		requireImporter(viewer);
		return Optional.ofNullable(this.mongo
			.findOne(Query.query(where("_id").is(id).and("schoolId").is(viewer.schoolId())), StoredImport.class));
	}

	private StoredImport require(StaffMember viewer, String id) {
		return find(viewer, id)
			.orElseThrow(() -> new ImportRefusal(UserErrorCode.NOT_FOUND, "No such import at your school."));
	}

	/** The preview of an upload against the directory as it is now. */
	public StudentPlan preview(StoredImport stored) {
		DirectorySnapshot snapshot = DirectorySnapshot.load(this.mongo, stored.schoolId(), stored.columns());
		return StudentPlan.of(stored.columns(), stored.cells(), snapshot, today(stored.schoolId()));
	}

	private LocalDate today(String schoolId) {
		return LocalDate.now(this.clock.withZone(this.directory.school(schoolId).zone()));
	}

	/** Maps columns by header; the mapping is kept as the school's. */
	public StoredImport map(StaffMember viewer, String id, Map<String, ImportField> fields) {
		StoredImport stored = require(viewer, id);
		requirePreview(stored);
		List<Column> columns = new ArrayList<>();
		for (Column column : stored.columns()) {
			if (fields.containsKey(column.header())) {
				ImportField field = fields.get(column.header());
				columns.add(new Column(column.header(), field,
						field != null && field == ImportField.recognise(column.header())));
			}
			else {
				columns.add(column);
			}
		}
		StoredImport mapped = stored.withColumns(withoutRepeats(columns));
		this.mongo.save(mapped);
		Map<String, Column> kept = new LinkedHashMap<>();
		SavedMapping saved = this.mongo.findById(viewer.schoolId(), SavedMapping.class);
		if (saved != null) {
			saved.columns().forEach((column) -> kept.put(column.header(), column));
		}
		mapped.columns()
			.stream()
			.filter((column) -> !column.recognised() && fields.containsKey(column.header()))
			.forEach((column) -> kept.put(column.header(), column));
		this.mongo.save(new SavedMapping(viewer.schoolId(), List.copyOf(kept.values())));
		return mapped;
	}

	private static void requirePreview(StoredImport stored) {
		if (stored.status() != Status.PREVIEW) {
			throw new ImportRefusal(UserErrorCode.CONFLICT, "The import was confirmed already.");
		}
	}

	/**
	 * Applies the preview computed against {@code previewVersion}; refused with CONFLICT
	 * when the directory (or the mapping) changed since. A retry of a confirmation that
	 * went through ({@code retry}: its idempotency key was seen) returns what it applied.
	 */
	public ImportApplier.Result confirm(StaffMember viewer, String id, String previewVersion,
			List<Integer> linkHouseholdRows, boolean retry) {
		StoredImport stored = require(viewer, id);
		if (retry && stored.status() == Status.APPLIED && stored.applied() != null) {
			return appliedBefore(stored);
		}
		requirePreview(stored);
		StudentPlan plan = preview(stored);
		if (!plan.snapshot.version.equals(previewVersion)) {
			throw new ImportRefusal(UserErrorCode.CONFLICT,
					"The directory changed since this preview; look at the preview again before confirming.");
		}
		ImportApplier.Result result = new ImportApplier(this.mongo).apply(stored, plan, Set.copyOf(linkHouseholdRows));
		this.mongo.save(stored.appliedAs(result.appliedRows(), result.householdsAdded()));
		Set<String> fields = new TreeSet<>();
		result.appliedRows().forEach((row) -> row.changes().forEach((change) -> fields.add(change.field().name())));
		fields.add("directoryImport:" + stored.id());
		this.audit.record(viewer.id(), viewer.schoolId(), "confirmDirectoryImport", AuditEvent.Kind.WRITE, fields,
				result.studentClasses().keySet(), result.householdIds());
		if (!result.studentClasses().isEmpty()) {
			this.events.publishEvent(new DirectoryImported(viewer.schoolId(), stored.id(), result.studentClasses()));
		}
		return result;
	}

	private static ImportApplier.Result appliedBefore(StoredImport stored) {
		List<Row> rows = stored.applied();
		int added = (int) rows.stream().filter((row) -> row.outcome() == Outcome.NEW).count();
		int changed = (int) rows.stream().filter((row) -> row.outcome() == Outcome.CHANGED).count();
		int households = (stored.householdsAdded() != null) ? stored.householdsAdded() : 0;
		return new ImportApplier.Result(rows, Map.of(), Set.of(), added, changed, households);
	}

	/** Forgets an upload not yet confirmed. */
	public void discard(StaffMember viewer, String id) {
		StoredImport stored = require(viewer, id);
		requirePreview(stored);
		this.mongo.remove(Query.query(where("_id").is(stored.id())), StoredImport.class);
	}

}
