package org.jiaxiao.tutoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads contracts (callers have already checked that the students are visible) and moves
 * a contract through a refund, one guarded update each.
 */
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

	/** Contracts by id, for batch loading; only called with ids of visible records. */
	public List<TutoringContract> byIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.mongo.find(Query.query(where("_id").in(ids)), TutoringContract.class);
	}

	/**
	 * Moves a contract from one state to another, only if it is in the first (so running
	 * it again changes nothing): refund requested, refunded, or back to active when the
	 * refund is withdrawn or refused.
	 * @return whether it changed now
	 */
	public boolean changeState(String contractId, ContractState from, ContractState to) {
		return this.mongo
			.updateFirst(Query.query(where("_id").is(contractId).and("state").is(from)), new Update().set("state", to),
					TutoringContract.class)
			.getModifiedCount() == 1;
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
