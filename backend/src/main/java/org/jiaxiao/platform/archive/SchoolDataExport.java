package org.jiaxiao.platform.archive;

import java.util.List;

/**
 * Published by each module that owns school-scoped collections: which of its collections
 * hold a school's data and how to select them, so the archive never lists another
 * module's storage.
 */
public interface SchoolDataExport {

	/** The module's collections holding a school's documents. */
	List<SchoolCollection> schoolCollections();

	/**
	 * Called once every collection of an imported school is written, to bring state that
	 * is not per school (counters) in line with what was imported.
	 * @param schoolId the school just imported
	 */
	default void afterImport(String schoolId) {
	}

}
