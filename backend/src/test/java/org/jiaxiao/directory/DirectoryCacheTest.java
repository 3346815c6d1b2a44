package org.jiaxiao.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change made to the directory (a role taken away) applies once the time to live has
 * passed; before that the kept record answers without a database read.
 */
class DirectoryCacheTest {

	private static final Duration TTL = Duration.ofSeconds(30);

	private final AtomicLong nanos = new AtomicLong();

	private final DirectoryCache cache = new DirectoryCache(TTL, this.nanos::get);

	@Test
	void aRoleChangeAppliesWithinTheTimeToLive() {
		StaffMember[] stored = { staff(Set.of(StaffRole.PRINCIPAL)) };
		AtomicInteger reads = new AtomicInteger();
		var load = (Supplier<Optional<StaffMember>>) () -> {
			reads.incrementAndGet();
			return Optional.of(stored[0]);
		};
		assertThat(this.cache.staffByUsername("zhang", load).orElseThrow().roles())
			.containsExactly(StaffRole.PRINCIPAL);

		stored[0] = staff(Set.of(StaffRole.SUBJECT_TEACHER));
		this.nanos.addAndGet(TTL.minusSeconds(1).toNanos());
		assertThat(this.cache.staffByUsername("zhang", load).orElseThrow().roles())
			.containsExactly(StaffRole.PRINCIPAL);
		assertThat(reads).hasValue(1);

		this.nanos.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(this.cache.staffByUsername("zhang", load).orElseThrow().roles())
			.containsExactly(StaffRole.SUBJECT_TEACHER);
		assertThat(reads).hasValue(2);
	}

	@Test
	void someoneUnknownIsLookedUpAgainSoANewcomerCanSignInAtOnce() {
		AtomicInteger reads = new AtomicInteger();
		assertThat(this.cache.staffByUsername("new", () -> {
			reads.incrementAndGet();
			return Optional.empty();
		})).isEmpty();
		assertThat(this.cache.staffByUsername("new", () -> {
			reads.incrementAndGet();
			return Optional.of(staff(Set.of(StaffRole.HOMEROOM_TEACHER)));
		})).isPresent();
		assertThat(reads).hasValue(2);
	}

	@Test
	void staffByIdsReadsOnlyThoseNotKeptInOneQuery() {
		List<Set<String>> queries = new ArrayList<>();
		this.cache.staffByIds(List.of("stf_a"), (ids) -> {
			queries.add(ids);
			return List.of(staff("stf_a"));
		});
		List<StaffMember> found = this.cache.staffByIds(List.of("stf_a", "stf_b", "stf_c", "stf_b"), (ids) -> {
			queries.add(ids);
			return List.of(staff("stf_b"), staff("stf_c"));
		});
		assertThat(found).extracting(StaffMember::id).containsExactlyInAnyOrder("stf_a", "stf_b", "stf_c");
		assertThat(queries).containsExactly(Set.of("stf_a"), Set.of("stf_b", "stf_c"));
	}

	@Test
	void aClassGivenAnotherHomeroomTeacherAppliesWithinTheTimeToLive() {
		SchoolClass[] stored = { new SchoolClass("cls_1", "sch_1", 1, "一年级1班", "stf_a") };
		AtomicInteger reads = new AtomicInteger();
		Function<Set<String>, List<SchoolClass>> load = (ids) -> {
			reads.incrementAndGet();
			return List.of(stored[0]);
		};
		this.cache.classesByIds(List.of("cls_1"), load);
		stored[0] = new SchoolClass("cls_1", "sch_1", 1, "一年级1班", "stf_b");
		this.nanos.addAndGet(TTL.minusSeconds(1).toNanos());
		assertThat(this.cache.classesByIds(List.of("cls_1"), load)).extracting(SchoolClass::homeroomTeacherId)
			.containsExactly("stf_a");
		this.nanos.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(this.cache.classesByIds(List.of("cls_1"), load)).extracting(SchoolClass::homeroomTeacherId)
			.containsExactly("stf_b");
		assertThat(reads).hasValue(2);
	}

	@Test
	void forgettingReadsAgain() {
		AtomicInteger reads = new AtomicInteger();
		var load = (Supplier<Optional<School>>) () -> {
			reads.incrementAndGet();
			return Optional.of(new School("sch_1", "一小", "Asia/Shanghai"));
		};
		this.cache.school("sch_1", load);
		this.cache.school("sch_1", load);
		this.cache.clear();
		this.cache.school("sch_1", load);
		assertThat(reads).hasValue(2);
	}

	private static StaffMember staff(Set<StaffRole> roles) {
		return new StaffMember("stf_zhang", "zhang", "张老师", "sch_1", roles, List.of(), List.of());
	}

	private static StaffMember staff(String id) {
		return new StaffMember(id, id, id, "sch_1", Set.of(StaffRole.SUBJECT_TEACHER), List.of(), List.of());
	}

}
