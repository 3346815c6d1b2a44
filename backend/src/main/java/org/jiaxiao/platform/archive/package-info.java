/**
 * Export of one school's data to a portable archive and its import into an empty
 * database: backups and the move from the embedded store to a real MongoDB. Each module
 * that owns school-scoped collections publishes them through
 * {@link org.jiaxiao.platform.archive.SchoolDataExport}.
 */
@NullMarked
package org.jiaxiao.platform.archive;

import org.jspecify.annotations.NullMarked;
