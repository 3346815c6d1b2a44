/**
 * The directory imported from a school's own spreadsheets (XLSX, CSV): upload, preview,
 * confirm. Owns the {@code directory_imports} and {@code directory_import_mappings}
 * collections; writes students and households the way the directory stores them.
 */
@NullMarked
package org.jiaxiao.directory.importing;

import org.jspecify.annotations.NullMarked;
