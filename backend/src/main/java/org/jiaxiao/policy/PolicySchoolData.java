package org.jiaxiao.policy;

import java.util.List;

import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.SchoolCollection;
import org.jiaxiao.platform.archive.SchoolDataExport;

/** The school's policy versions in its archive. */
@Component
class PolicySchoolData implements SchoolDataExport {

	@Override
	public List<SchoolCollection> schoolCollections() {
		return List.of(SchoolCollection.byField("policies", "schoolId"));
	}

}
