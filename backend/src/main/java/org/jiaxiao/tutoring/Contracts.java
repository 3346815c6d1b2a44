package org.jiaxiao.tutoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Reads contracts; callers have already checked that the students are visible. */
@Service
public class Contracts {

	private final MongoTemplate mongo;

	private final DirectoryService directory;

	Contracts(MongoTemplate mongo, DirectoryService directory) {
		this.mongo = mongo;
		this.directory = directory;
	}

	/** The contracts of these students, newest first (one query for the batch). */
	public List<TutoringContract> ofStudents(Collection<String> studentIds) {
		Query query = Query.query(where("studentId").in(studentIds))
			.with(Sort.by(Sort.Order.asc("studentId"), Sort.Order.desc("signedOn")));
		return this.mongo.find(query, TutoringContract.class);
	}

	/** A contract whose student the viewer may see. */
	public Optional<TutoringContract> visible(StaffMember viewer, String contractId) {
		TutoringContract contract = this.mongo.findById(contractId, TutoringContract.class);
		if (contract == null || this.directory.visibleStudent(viewer, contract.studentId()).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(contract);
	}

}
