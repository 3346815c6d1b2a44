package org.jiaxiao.platform.audit;

import java.util.List;

import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.SchoolCollection;
import org.jiaxiao.platform.archive.SchoolDataExport;

/**
 * The audit trail in a school's archive: every event of the school's staff, unchanged,
 * with its id and time.
 */
@Component
class AuditSchoolData implements SchoolDataExport {

	@Override
	public List<SchoolCollection> schoolCollections() {
		return List.of(SchoolCollection.byField("audit_events", "schoolId"));
	}

}
