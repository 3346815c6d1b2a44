package org.jiaxiao.directory.importing;

import java.util.List;

import org.jiaxiao.directory.importing.ImportModel.Column;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A school's own headers and the fields they feed, as its administrator last mapped them:
 * the next file with the same headers needs no mapping.
 *
 * @param schoolId the school (the id)
 * @param columns mapped headers
 */
@Document("directory_import_mappings")
record SavedMapping(@Id String schoolId, List<Column> columns) {
}
