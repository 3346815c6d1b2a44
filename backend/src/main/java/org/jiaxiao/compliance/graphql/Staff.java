package org.jiaxiao.compliance.graphql;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;

/** Batch lookups of staff names for the fields that name a staff member. */
final class Staff {

	private Staff() {
	}

	static <T> Map<T, StaffMember> byId(DirectoryService directory, List<T> items,
			Function<T, @Nullable String> staffId) {
		List<String> ids = items.stream()
			.map(staffId)
			.filter(Objects::nonNull)
			.map(String.class::cast)
			.distinct()
			.toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, StaffMember> staff = directory.staffByIds(ids)
			.stream()
			.collect(Collectors.toMap(StaffMember::id, Function.identity()));
		return items.stream()
			.filter((item) -> staffId.apply(item) != null && staff.containsKey(staffId.apply(item)))
			.collect(Collectors.toMap(Function.identity(), (item) -> staff.get(staffId.apply(item)), (a, b) -> a));
	}

}
