package org.jiaxiao.notification;

import java.util.List;

import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.SchoolCollection;
import org.jiaxiao.platform.archive.SchoolDataExport;

/** Notifications in a school's archive. */
@Component
class NotificationSchoolData implements SchoolDataExport {

	@Override
	public List<SchoolCollection> schoolCollections() {
		return List.of(SchoolCollection.byField("notifications", "schoolId"));
	}

}
