package org.jiaxiao.platform.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every enum of the schema round-trips through the API: Spring for GraphQL turns an
 * incoming value into the Java constant of the same name and a constant back into its
 * name, so each schema enum must have exactly one Java enum (the same simple name, or the
 * name given by {@link SchemaEnum}) with exactly the schema's values. A value the backend
 * lacks fails a request that sends it (INTERNAL_ERROR, as 普访 did); a constant the schema
 * lacks fails a response that returns it. Driven by the .graphqls files, so an enum or a
 * value added later is checked without touching this test.
 */
class SchemaEnumsTest {

	@Test
	void everySchemaEnumHasOneJavaEnumWithTheSameValues() throws Exception {
		Map<String, Set<String>> schema = schemaEnums();
		Map<String, List<Class<?>>> java = javaEnums();
		assertThat(schema).as("enums in the schema files").isNotEmpty();
		Map<String, String> problems = new TreeMap<>();
		schema.forEach((name, values) -> {
			List<Class<?>> candidates = java.getOrDefault(name, List.of());
			if (candidates.size() != 1) {
				problems.put(name, candidates.isEmpty() ? "no Java enum" : "several Java enums: " + candidates);
				return;
			}
			Set<String> constants = new TreeSet<>();
			Arrays.stream(candidates.get(0).getEnumConstants()).forEach((c) -> constants.add(((Enum<?>) c).name()));
			Set<String> missingInJava = new TreeSet<>(values);
			missingInJava.removeAll(constants);
			Set<String> missingInSchema = new TreeSet<>(constants);
			missingInSchema.removeAll(values);
			if (!missingInJava.isEmpty() || !missingInSchema.isEmpty()) {
				problems.put(name,
						candidates.get(0).getName() + " lacks " + missingInJava + ", schema lacks " + missingInSchema);
			}
		});
		assertThat(problems).as("schema enums that do not round-trip").isEmpty();
	}

	/** Each enum of the contract with its values (extensions included). */
	private static Map<String, Set<String>> schemaEnums() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		SchemaParser parser = new SchemaParser();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls");
		assertThat(files).as("schema files on the classpath").isNotEmpty();
		for (Resource file : files) {
			registry.merge(parser.parse(file.getContentAsString(StandardCharsets.UTF_8)));
		}
		Map<String, Set<String>> enums = new TreeMap<>();
		List<EnumTypeDefinition> definitions = new ArrayList<>(registry.getTypes(EnumTypeDefinition.class));
		registry.enumTypeExtensions().values().forEach(definitions::addAll);
		for (EnumTypeDefinition definition : definitions) {
			Set<String> values = enums.computeIfAbsent(definition.getName(), (name) -> new LinkedHashSet<>());
			definition.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).forEach(values::add);
		}
		return enums;
	}

	/** The backend's enums (nested ones too) by the schema name they carry. */
	private static Map<String, List<Class<?>>> javaEnums() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(
				(reader, factory) -> Enum.class.getName().equals(reader.getClassMetadata().getSuperClassName()));
		Map<String, List<Class<?>>> enums = new HashMap<>();
		for (BeanDefinition found : scanner.findCandidateComponents("org.jiaxiao")) {
			Class<?> type = ClassUtils.forName(found.getBeanClassName(), SchemaEnumsTest.class.getClassLoader());
			SchemaEnum named = type.getAnnotation(SchemaEnum.class);
			String name = (named != null) ? named.value() : type.getSimpleName();
			enums.computeIfAbsent(name, (key) -> new ArrayList<>()).add(type);
		}
		return enums;
	}

}
