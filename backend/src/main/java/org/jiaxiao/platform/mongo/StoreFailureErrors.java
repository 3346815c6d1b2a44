package org.jiaxiao.platform.mongo;

import java.util.Map;

import com.mongodb.MongoException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * A write the database refused because it could not store it (disk full, or the data file
 * failed) is answered as such, in both languages, with the code
 * {@code STORAGE_UNAVAILABLE} for clients to show and retry later: nothing of the request
 * was acknowledged. Without this it would be an anonymous INTERNAL_ERROR.
 */
@Component
class StoreFailureErrors extends DataFetcherExceptionResolverAdapter {

	static final String CODE = "STORAGE_UNAVAILABLE";

	static final String MESSAGE = "无法保存：服务器的数据存储已满或无法写入，本次操作未生效，请稍后再试。"
			+ " / Not saved: the server's data store is full or cannot be written; nothing was changed. Try again later.";

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (!storeFailed(ex)) {
			return null;
		}
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message(MESSAGE)
			.extensions(Map.of("code", CODE))
			.build();
	}

	private static boolean storeFailed(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MongoException mongo && mongo.getCode() == IdPinnedH2Backend.OUT_OF_DISK_SPACE) {
				return true;
			}
		}
		return false;
	}

}
