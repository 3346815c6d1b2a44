package org.jiaxiao.directory.importing;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;

import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The file half of an import, over REST because a spreadsheet outgrows the GraphQL body
 * limit: {@code POST /api/directory-imports} (multipart, part {@code file}) parses and
 * keeps the upload and answers its id; the preview and the confirmation are GraphQL. Also
 * the template and the export. Bearer token as for {@code /graphql}.
 */
@RestController
class DirectoryImportUploadController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DirectoryImports imports;

	private final StudentSheets sheets;

	DirectoryImportUploadController(DirectoryImports imports, StudentSheets sheets) {
		this.imports = imports;
		this.sheets = sheets;
	}

	@PostMapping(path = "/api/directory-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file, Principal principal)
			throws IOException {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
		StoredImport stored = this.imports.upload(Viewers.require(principal), name, file.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", stored.id(), "rows", stored.cells().size()));
	}

	@GetMapping("/api/directory-imports/template.xlsx")
	ResponseEntity<byte[]> template(Principal principal) {
		DirectoryImports.requireImporter(Viewers.require(principal));
		return attachment("学生名录模板.xlsx", this.sheets.template());
	}

	@GetMapping("/api/directory-exports/students.xlsx")
	ResponseEntity<byte[]> export(Principal principal) {
		return attachment("学生名录.xlsx", this.sheets.export(Viewers.require(principal)));
	}

	private static ResponseEntity<byte[]> attachment(String fileName, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(bytes);
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<Map<String, Object>> forbidden(ForbiddenException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Map.of("error", "FORBIDDEN", "message", ex.getMessage()));
	}

	@ExceptionHandler(ImportRefusal.class)
	ResponseEntity<Map<String, Object>> refused(ImportRefusal ex) {
		return ResponseEntity.unprocessableContent()
			.body(Map.of("error", ex.code().name(), "message", ex.getMessage()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Map.of("error", "FILE_TOO_LARGE", "message", "The file is larger than 10 MB."));
	}

}
