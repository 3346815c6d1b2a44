package org.jiaxiao.directory;

import java.time.ZoneId;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A school or campus, with the time zone in which its days and months are counted.
 *
 * @param id opaque id ({@code sch_…})
 * @param name name to show
 * @param timeZone IANA zone id, e.g. Asia/Shanghai
 */
@Document("schools")
public record School(@Id String id, String name, String timeZone) {

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

}
