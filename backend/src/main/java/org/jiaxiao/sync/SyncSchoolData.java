package org.jiaxiao.sync;

import java.util.List;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import org.jiaxiao.platform.archive.SchoolCollection;
import org.jiaxiao.platform.archive.SchoolDataExport;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The school's change log in its archive, with its numbers, so a phone's position stays
 * meaningful. The counter and the cursor keys are not a school's: after an import the
 * counter is raised past the imported numbers (no number is taken twice); the keys stay
 * the target's, so phones holding a cursor signed elsewhere start a fresh sync.
 */
@Component
class SyncSchoolData implements SchoolDataExport {

	private final MongoTemplate mongo;

	SyncSchoolData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public List<SchoolCollection> schoolCollections() {
		return List.of(SchoolCollection.byField("changes", "schoolId"));
	}

	@Override
	public void afterImport(String schoolId) {
		Document newest = this.mongo.findOne(
				new Query(where("schoolId").is(schoolId)).with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
				Document.class, "changes");
		if (newest == null) {
			return;
		}
		long imported = ((Number) newest.get("_id")).longValue();
		this.mongo.findAndModify(new Query(where("_id").is("changes")), new Update().max("seq", imported),
				FindAndModifyOptions.options().upsert(true), Document.class, "counters");
	}

}
