package org.jiaxiao.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.jspecify.annotations.Nullable;

/**
 * Short-lived copies of the directory records that nearly every request reads: the staff
 * member behind a token, the staff members a screen names (a homeroom teacher, authors),
 * a school's time zone and a class (its name, grade, school and homeroom teacher: no
 * personal information). Without them a class roster cost five database round trips of
 * which only two depended on the class. They change seldom and only from outside the app
 * (a directory import), so a change applies within the time to live (see
 * {@link DirectoryProperties#cacheTtl()}). Only records that exist are kept: someone
 * added to the directory can sign in at once.
 */
final class DirectoryCache {

	/**
	 * Far above the staff of a district; only bounds memory if something asks for endless
	 * ids.
	 */
	private static final long MAX_ENTRIES = 20_000;

	private final Cache<String, StaffMember> staffByUsername;

	private final Cache<String, StaffMember> staffById;

	private final Cache<String, School> schools;

	private final Cache<String, SchoolClass> classes;

	DirectoryCache(Duration ttl) {
		this(ttl, Ticker.systemTicker());
	}

	/** With the clock that ages entries given, for tests. */
	DirectoryCache(Duration ttl, Ticker ticker) {
		this.staffByUsername = build(ttl, ticker);
		this.staffById = build(ttl, ticker);
		this.schools = build(ttl, ticker);
		this.classes = build(ttl, ticker);
	}

	Optional<StaffMember> staffByUsername(String username, Supplier<Optional<StaffMember>> load) {
		StaffMember cached = this.staffByUsername.getIfPresent(username);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<StaffMember> found = load.get();
		found.ifPresent((staff) -> this.staffByUsername.put(username, staff));
		return found;
	}

	/**
	 * The staff members with these ids, asking {@code load} once for all those not kept.
	 */
	List<StaffMember> staffByIds(Collection<String> ids, Function<Set<String>, List<StaffMember>> load) {
		return byIds(this.staffById, ids, StaffMember::id, load);
	}

	@Nullable StaffMember keptStaff(String id) {
		return this.staffById.getIfPresent(id);
	}

	/** The classes with these ids, asking {@code load} once for all those not kept. */
	List<SchoolClass> classesByIds(Collection<String> ids, Function<Set<String>, List<SchoolClass>> load) {
		return byIds(this.classes, ids, SchoolClass::id, load);
	}

	Optional<School> school(String id, Supplier<Optional<School>> load) {
		School cached = this.schools.getIfPresent(id);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<School> found = load.get();
		found.ifPresent((school) -> this.schools.put(id, school));
		return found;
	}

	void clear() {
		this.staffByUsername.invalidateAll();
		this.staffById.invalidateAll();
		this.schools.invalidateAll();
		this.classes.invalidateAll();
	}

	private static <V> List<V> byIds(Cache<String, V> cache, Collection<String> ids, Function<V, String> idOf,
			Function<Set<String>, List<V>> load) {
		List<V> found = new ArrayList<>();
		Set<String> missing = new LinkedHashSet<>();
		for (String id : new LinkedHashSet<>(ids)) {
			V cached = cache.getIfPresent(id);
			if (cached != null) {
				found.add(cached);
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			for (V record : load.apply(missing)) {
				cache.put(idOf.apply(record), record);
				found.add(record);
			}
		}
		return found;
	}

	private static <V> Cache<String, V> build(Duration ttl, Ticker ticker) {
		return Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_ENTRIES).ticker(ticker).build();
	}

}
