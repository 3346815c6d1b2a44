package org.jiaxiao.policy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Compares a school's rules with the preset they started from, field by field, so the
 * principal sees at a glance what the school changed. Lists of records (escalation chains
 * and their steps) are compared element by element, named by kind or key, e.g.
 * {@code escalationChains.RETENTION.steps.REPORT.deadline.amount}.
 */
public final class PolicyDifferences {

	private PolicyDifferences() {
	}

	/**
	 * Every field whose value differs, by dotted path in the order of the record.
	 */
	public static List<Difference> between(PolicyRules preset, PolicyRules current) {
		Map<String, @Nullable String> before = flatten(preset);
		Map<String, @Nullable String> after = flatten(current);
		TreeSet<String> order = new TreeSet<>();
		List<Difference> differences = new ArrayList<>();
		List<String> paths = new ArrayList<>(after.keySet());
		before.keySet().stream().filter((path) -> !after.containsKey(path)).forEach(paths::add);
		for (String path : paths) {
			if (order.add(path) && !Objects.equals(before.get(path), after.get(path))) {
				differences.add(new Difference(path, before.get(path), after.get(path)));
			}
		}
		return differences;
	}

	/** Leaf fields of a record by dotted path; a missing section is one null leaf. */
	static Map<String, @Nullable String> flatten(Record rules) {
		Map<String, @Nullable String> leaves = new LinkedHashMap<>();
		flatten("", rules, leaves);
		return leaves;
	}

	private static void flatten(String prefix, Record value, Map<String, @Nullable String> leaves) {
		for (RecordComponent component : value.getClass().getRecordComponents()) {
			String path = prefix + component.getName();
			Object field = read(component, value);
			if (field instanceof Record nested) {
				flatten(path + ".", nested, leaves);
			}
			else if (field == null && Record.class.isAssignableFrom(component.getType())) {
				for (RecordComponent inner : component.getType().getRecordComponents()) {
					leaves.put(path + "." + inner.getName(), null);
				}
			}
			else if (field instanceof Collection<?> list && !list.isEmpty()
					&& list.stream().allMatch(Record.class::isInstance)) {
				int index = 0;
				for (Object element : list) {
					flatten(path + "." + name((Record) element, index++) + ".", (Record) element, leaves);
				}
			}
			else if (field instanceof Collection<?> list) {
				leaves.put(path, list.stream().map(String::valueOf).collect(Collectors.joining(",")));
			}
			else {
				leaves.put(path, (field != null) ? String.valueOf(field) : null);
			}
		}
	}

	/**
	 * An element of a list of records by its {@code kind} or {@code key} (an escalation
	 * chain, a step), so that a diff names it; by position when it has neither.
	 */
	private static String name(Record element, int index) {
		for (RecordComponent component : element.getClass().getRecordComponents()) {
			if (component.getName().equals("kind") || component.getName().equals("key")) {
				return String.valueOf(read(component, element));
			}
		}
		return String.valueOf(index);
	}

	private static @Nullable Object read(RecordComponent component, Record value) {
		try {
			return component.getAccessor().invoke(value);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component.getName(), ex);
		}
	}

	/**
	 * One field that differs from the preset.
	 *
	 * @param path dotted path, e.g. {@code homeroom.perMonth}
	 * @param preset the preset's value (null: not set)
	 * @param current the school's value (null: not set)
	 */
	public record Difference(String path, @Nullable String preset, @Nullable String current) {
	}

}
