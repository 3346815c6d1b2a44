package org.jiaxiao.calendar;

import java.util.List;

import org.bson.Document;

import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.SchoolCollection;
import org.jiaxiao.platform.archive.SchoolDataExport;

/** The school's calendar in its archive (one document, keyed by the school). */
@Component
class CalendarSchoolData implements SchoolDataExport {

	@Override
	public List<SchoolCollection> schoolCollections() {
		return List.of(new SchoolCollection("calendars", (schoolId) -> new Document("_id", schoolId)));
	}

}
