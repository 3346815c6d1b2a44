package org.jiaxiao.task;

import java.util.List;

import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.SchoolCollection;
import org.jiaxiao.platform.archive.SchoolDataExport;

/**
 * Obligations in a school's archive. The sweep's lease is not a school's data: an
 * importing app takes it anew.
 */
@Component
class TaskSchoolData implements SchoolDataExport {

	@Override
	public List<SchoolCollection> schoolCollections() {
		return List.of(SchoolCollection.byField("obligations", "schoolId"));
	}

}
