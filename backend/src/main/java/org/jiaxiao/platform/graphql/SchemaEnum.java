package org.jiaxiao.platform.graphql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the schema enum a Java enum carries when the two names differ (a nested
 * {@code AuditEvent.Kind} is the schema's {@code AuditKind}). Spring for GraphQL maps
 * values by name in both directions, so the constants must equal the schema's values; a
 * test holds every schema enum to that.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaEnum {

	/** The schema enum's name. */
	String value();

}
