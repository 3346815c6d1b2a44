package org.jiaxiao.tutoring;

import java.util.List;

import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.SchoolCollection;
import org.jiaxiao.platform.archive.SchoolDataExport;

/** Tutoring contracts in a school's archive. */
@Component
class TutoringSchoolData implements SchoolDataExport {

	@Override
	public List<SchoolCollection> schoolCollections() {
		return List.of(SchoolCollection.byField("contracts", "schoolId"));
	}

}
