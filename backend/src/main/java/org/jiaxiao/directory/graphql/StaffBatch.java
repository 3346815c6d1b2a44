package org.jiaxiao.directory.graphql;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;

/**
 * How a batch of objects gets the staff member each names (an actor, a homeroom teacher):
 * one query for the whole batch; objects naming nobody are left out. The rows of a long
 * list (a timeline's authors) use {@link DirectoryLoaders#staff} instead, which answers
 * from the directory's kept staff without a DataLoader round.
 */
public final class StaffBatch {

	private StaffBatch() {
	}

	public static <T> Map<T, StaffMember> of(DirectoryService directory, List<T> items,
			Function<T, @Nullable String> staffId) {
		List<String> ids = items.stream()
			.map(staffId)
			.filter(Objects::nonNull)
			.map(String.class::cast)
			.distinct()
			.toList();
		Map<String, StaffMember> staff = directory.staffByIds(ids)
			.stream()
			.collect(Collectors.toMap(StaffMember::id, Function.identity()));
		return items.stream()
			.filter((item) -> staffId.apply(item) != null && staff.containsKey(staffId.apply(item)))
			.collect(Collectors.toMap(Function.identity(), (item) -> staff.get(staffId.apply(item)), (a, b) -> a));
	}

}
