package org.jiaxiao.directory.importing;

import java.util.List;
import java.util.Map;

import org.jiaxiao.support.ApiTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Uploads and previews of directory imports, through the REST endpoint and GraphQL. */
abstract class ImportApiTest extends ApiTest {

	static final String PREVIEW = """
			query($id: ID!, $outcome: DirectoryImportOutcome, $first: Int, $after: String) {
			  directoryImport(id: $id) {
			    id status previewVersion missingFields
			    columns { header field recognised }
			    summary { rows new changed unchanged left errors }
			    householdMatches { rowNumber studentName phone guardianName address otherGuardianName otherAddress otherStudents }
			    rows(outcome: $outcome, first: $first, after: $after) {
			      totalCount endCursor hasNextPage
			      nodes { rowNumber outcome studentId studentNo name
			        changes { field before after masked }
			        errors { column field code value } }
			    }
			  }
			}""";

	static final String CONFIRM = """
			mutation($id: ID!, $version: String!, $link: [Int!]) {
			  confirmDirectoryImport(input: {importId: $id, previewVersion: $version, linkHouseholdRows: $link}) {
			    studentsAdded studentsChanged householdsAdded errors { code field }
			    directoryImport { status summary { rows new changed } }
			  }
			}""";

	WebTestClient.ResponseSpec postFile(String token, String fileName, byte[] bytes) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		WebTestClient.RequestBodySpec request = this.http.post()
			.uri("/api/directory-imports")
			.contentType(MediaType.MULTIPART_FORM_DATA);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return request.body(BodyInserters.fromMultipartData(body.build())).exchange();
	}

	/** Uploads as a user and answers the import's id. */
	String upload(String username, String fileName, byte[] bytes) {
		Map<String, Object> answer = postFile(token(username), fileName, bytes).expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return (String) answer.get("id");
	}

	static Map<String, Object> preview(HttpGraphQlTester as, String id) {
		return preview(as, id, null, 200, null);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> preview(HttpGraphQlTester as, String id, String outcome, int first, String after) {
		return as.document(PREVIEW)
			.variable("id", id)
			.variable("outcome", outcome)
			.variable("first", first)
			.variable("after", after)
			.execute()
			.path("directoryImport")
			.entity(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> summary(Map<String, Object> preview) {
		return (Map<String, Object>) preview.get("summary");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> nodes(Map<String, Object> preview) {
		return (List<Map<String, Object>>) ((Map<String, Object>) preview.get("rows")).get("nodes");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> confirm(HttpGraphQlTester as, String id, String version, List<Integer> link) {
		return as.document(CONFIRM)
			.variable("id", id)
			.variable("version", version)
			.variable("link", link)
			.execute()
			.path("confirmDirectoryImport")
			.entity(Map.class)
			.get();
	}

}
