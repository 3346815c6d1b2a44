package org.jiaxiao.directory;

import java.util.List;

import org.bson.Document;

import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.SchoolCollection;
import org.jiaxiao.platform.archive.SchoolDataExport;

/**
 * The directory's collections in a school's archive. A student's document also holds the
 * timeline's recent entries, so it travels whole, once. Uploaded sheets awaiting
 * confirmation are not kept: they expire within a day anyway.
 */
@Component
class DirectorySchoolData implements SchoolDataExport {

	@Override
	public List<SchoolCollection> schoolCollections() {
		return List.of(new SchoolCollection("schools", (schoolId) -> new Document("_id", schoolId)),
				SchoolCollection.byField("students", "schoolId"), SchoolCollection.byField("households", "schoolId"),
				SchoolCollection.byField("classes", "schoolId"), SchoolCollection.byField("staff", "schoolId"),
				new SchoolCollection("directory_import_mappings", (schoolId) -> new Document("_id", schoolId)));
	}

}
