package org.jiaxiao.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A family (家庭): the guardians that siblings share.
 *
 * @param id opaque id ({@code hh_…})
 * @param schoolId the school the children attend
 * @param guardians parents or other guardians
 * @param address address in brief (no house number)
 * @param situation family situation, sensitive: see {@link PrivacyPolicy}
 * @param consents the guardians' consents, in the order given
 * @param version bumped by every directory edit (null: never edited)
 */
@Document("households")
public record Household(@Id String id, String schoolId, List<Guardian> guardians, @Nullable String address,
		@Nullable FamilySituation situation, @Nullable List<Consent> consents, @Nullable Long version) {

	@PersistenceCreator
	public Household {
	}

	public Household(String id, String schoolId, List<Guardian> guardians, @Nullable String address,
			@Nullable FamilySituation situation, @Nullable List<Consent> consents) {
		this(id, schoolId, guardians, address, situation, consents, null);
	}

	public long currentVersion() {
		return (this.version != null) ? this.version : 0;
	}

	/** Consents, newest first. */
	public List<Consent> consentsNewestFirst() {
		List<Consent> all = new ArrayList<>((this.consents != null) ? this.consents : List.of());
		Collections.reverse(all);
		return all;
	}

	public Optional<Guardian> guardian(String guardianId) {
		return this.guardians.stream().filter((guardian) -> guardian.id().equals(guardianId)).findFirst();
	}

}
