package org.jiaxiao.policy.graphql;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.graphql.StaffBatch;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.policy.PolicyDifferences.Difference;
import org.jiaxiao.policy.PolicyDifferences;
import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.policy.PolicyRules;
import org.jiaxiao.policy.PolicyService.PolicyResult;
import org.jiaxiao.policy.PolicyService.UpdatePolicyInput;
import org.jiaxiao.policy.PolicyService;
import org.jiaxiao.policy.PolicyVersion;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The school's policy: the version in force, its history, the presets, a change. */
@Controller
class PolicyController {

	private final PolicyService policies;

	private final DirectoryService directory;

	PolicyController(PolicyService policies, DirectoryService directory) {
		this.policies = policies;
		this.directory = directory;
	}

	@QueryMapping
	PolicyVersion policy(@Argument @Nullable LocalDate on, Principal principal) {
		StaffMember viewer = Viewers.requireSchoolStaff(principal);
		LocalDate day = (on != null) ? on : this.policies.today(viewer.schoolId());
		return this.policies.inForce(viewer.schoolId(), day);
	}

	@QueryMapping
	List<PolicyVersion> policyVersions(Principal principal) {
		return this.policies.versions(Viewers.requireSchoolStaff(principal).schoolId());
	}

	@QueryMapping
	List<PresetDefinition> policyPresets(Principal principal) {
		Viewers.requireSchoolStaff(principal);
		return Arrays.stream(PolicyPreset.values())
			.map((preset) -> new PresetDefinition(preset, preset.rules()))
			.toList();
	}

	@MutationMapping
	PolicyResult updatePolicy(@Argument UpdatePolicyInput input, Principal principal) {
		return this.policies.update(Viewers.requireSchoolStaff(principal), input);
	}

	@SchemaMapping(typeName = "SchoolPolicy")
	List<Difference> differencesFromPreset(PolicyVersion policy) {
		return PolicyDifferences.between(policy.basedOn().rules(), policy.rules());
	}

	@BatchMapping(typeName = "SchoolPolicy", field = "changedBy")
	Map<PolicyVersion, StaffMember> changedBy(List<PolicyVersion> versions) {
		return StaffBatch.of(this.directory, versions, PolicyVersion::changedById);
	}

	/**
	 * A preset and its rules.
	 *
	 * @param preset the preset
	 * @param rules its rules
	 */
	record PresetDefinition(PolicyPreset preset, PolicyRules rules) {
	}

}
