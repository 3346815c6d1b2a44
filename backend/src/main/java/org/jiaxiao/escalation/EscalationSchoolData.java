package org.jiaxiao.escalation;

import java.util.List;

import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.SchoolCollection;
import org.jiaxiao.platform.archive.SchoolDataExport;

/** Escalations in a school's archive. */
@Component
class EscalationSchoolData implements SchoolDataExport {

	@Override
	public List<SchoolCollection> schoolCollections() {
		return List.of(SchoolCollection.byField("escalations", "schoolId"));
	}

}
