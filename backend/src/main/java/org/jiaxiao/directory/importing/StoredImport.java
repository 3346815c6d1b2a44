package org.jiaxiao.directory.importing;

import java.time.Instant;
import java.util.List;

import org.jiaxiao.directory.importing.ImportModel.Column;
import org.jiaxiao.directory.importing.ImportModel.Row;
import org.jiaxiao.directory.importing.ImportModel.Status;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An uploaded file, parsed: kept until {@code expiresAt} unless confirmed, then kept
 * without expiry as the before and after of the changes it made (the audit event names
 * it).
 *
 * @param id opaque id ({@code dim_…})
 * @param schoolId the uploader's school: only its staff see the upload
 * @param uploadedBy the staff member who uploaded it
 * @param fileName the file's name
 * @param uploadedAt when
 * @param expiresAt when MongoDB removes it (TTL index); null once applied
 * @param columns the header row and the fields its columns feed
 * @param cells the data rows (without the header), as text
 * @param status whether applied
 * @param applied the rows applied, with their before and after
 * @param householdsAdded households the confirmation added, for a retried confirmation
 */
@Document("directory_imports")
@CompoundIndex(name = "school_uploaded", def = "{'schoolId': 1, 'uploadedAt': -1}")
record StoredImport(@Id String id, String schoolId, String uploadedBy, String fileName, Instant uploadedAt,
		@Indexed(name = "expires", expireAfter = "0s") @Nullable Instant expiresAt, List<Column> columns,
		List<List<String>> cells, Status status, @Nullable List<Row> applied, @Nullable Integer householdsAdded) {

	StoredImport withColumns(List<Column> newColumns) {
		return new StoredImport(this.id, this.schoolId, this.uploadedBy, this.fileName, this.uploadedAt, this.expiresAt,
				newColumns, this.cells, this.status, this.applied, this.householdsAdded);
	}

	StoredImport appliedAs(List<Row> rows, int households) {
		return new StoredImport(this.id, this.schoolId, this.uploadedBy, this.fileName, this.uploadedAt, null,
				this.columns, this.cells, Status.APPLIED, rows, households);
	}

}
