package org.jiaxiao.meeting;

import java.util.List;

import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.SchoolCollection;
import org.jiaxiao.platform.archive.SchoolDataExport;

/** Class meetings in a school's archive. */
@Component
class MeetingSchoolData implements SchoolDataExport {

	@Override
	public List<SchoolCollection> schoolCollections() {
		return List.of(SchoolCollection.byField("meetings", "schoolId"));
	}

}
