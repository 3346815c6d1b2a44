package org.jiaxiao.compliance;

import java.util.List;

import org.bson.Document;

import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.SchoolCollection;
import org.jiaxiao.platform.archive.SchoolDataExport;

/**
 * Policies, calendars, obligations and notifications in a school's archive. The sweep's
 * lease is not a school's data: an importing app takes it anew.
 */
@Component
class ComplianceSchoolData implements SchoolDataExport {

	@Override
	public List<SchoolCollection> schoolCollections() {
		return List.of(SchoolCollection.byField("policies", "schoolId"),
				new SchoolCollection("calendars", (schoolId) -> new Document("_id", schoolId)),
				SchoolCollection.byField("obligations", "schoolId"),
				SchoolCollection.byField("notifications", "schoolId"));
	}

}
