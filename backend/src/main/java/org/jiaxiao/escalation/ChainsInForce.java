package org.jiaxiao.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.calendar.CalendarService;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.Student;
import org.jiaxiao.policy.EscalationChainKind;
import org.jiaxiao.policy.EscalationChainRules;
import org.jiaxiao.policy.PolicyService;
import org.jiaxiao.tutoring.ContractState;
import org.jiaxiao.tutoring.Contracts;
import org.jiaxiao.tutoring.TutoringContract;

import org.springframework.stereotype.Component;

/**
 * What opening an escalation and moving it on need from other features: the chain in the
 * school's policy in force that day, the school calendar deadlines are counted on, and
 * the student's learning manager (from the contract, else the group's homeroom teacher).
 */
@Component
class ChainsInForce {

	private final PolicyService policies;

	private final CalendarService calendars;

	private final DirectoryService directory;

	private final Contracts contracts;

	ChainsInForce(PolicyService policies, CalendarService calendars, DirectoryService directory, Contracts contracts) {
		this.policies = policies;
		this.calendars = calendars;
		this.directory = directory;
		this.contracts = contracts;
	}

	Optional<EscalationChainRules> chain(String schoolId, EscalationChainKind kind, Instant at) {
		LocalDate day = at.atZone(zone(schoolId)).toLocalDate();
		return this.policies.inForce(schoolId, day).rules().escalationChain(kind);
	}

	Deadlines deadlines(String schoolId) {
		return new Deadlines(this.calendars.calendar(schoolId).workingDays(), zone(schoolId));
	}

	LocalDate today(String schoolId, Instant now) {
		return now.atZone(zone(schoolId)).toLocalDate();
	}

	ZoneId zone(String schoolId) {
		return this.directory.school(schoolId).zone();
	}

	EscalationSubject subject(Student student, EscalationChainKind kind) {
		return new EscalationSubject(student.schoolId(), student.id(), student.classId(), student.grade(),
				(kind == EscalationChainKind.RETENTION) ? learningManager(student) : null);
	}

	private @Nullable String learningManager(Student student) {
		List<TutoringContract> contracts = this.contracts.ofStudents(List.of(student.id()));
		Optional<String> fromContract = contracts.stream()
			.sorted(Comparator.comparing((TutoringContract c) -> c.state() != ContractState.ACTIVE))
			.map(TutoringContract::learningManagerId)
			.filter((id) -> id != null)
			.findFirst();
		if (fromContract.isPresent()) {
			return fromContract.get();
		}
		return this.directory.classesByIds(List.of(student.classId()))
			.stream()
			.map(SchoolClass::homeroomTeacherId)
			.filter((id) -> id != null)
			.findFirst()
			.orElse(null);
	}

}
