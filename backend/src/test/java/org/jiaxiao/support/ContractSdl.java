package org.jiaxiao.support;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * Schemas printed the same way, whatever their source (the contract's files, a printed
 * SDL, an introspection result), so that two of them compare as text.
 */
public final class ContractSdl {

	private ContractSdl() {
	}

	/** The contract in the schema jar, printed. */
	public static String contract() {
		return print(SchemaSamples.contract());
	}

	/** An SDL document (the server's {@code /graphql/schema}), printed again. */
	public static String reprint(String sdl) {
		return print(UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl)));
	}

	public static String print(GraphQLSchema schema) {
		return new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectives(false)).print(schema);
	}

}
