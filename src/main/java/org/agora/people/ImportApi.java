package org.agora.people;

import java.io.IOException;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The JSON twin of the import page: the same report, 422 when the file has errors. */
@RestController
class ImportApi {

	private final PeopleImport imports;

	ImportApi(PeopleImport imports) {
		this.imports = imports;
	}

	@PostMapping("/api/v1/import/units")
	ResponseEntity<PeopleImport.Report> apiUnits(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun)
			throws IOException {
		return answer(ImportController.run(imports, viewer, PeopleImport.Kind.UNITS, file, dryRun));
	}

	@PostMapping("/api/v1/import/people")
	ResponseEntity<PeopleImport.Report> apiPeople(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun)
			throws IOException {
		return answer(ImportController.run(imports, viewer, PeopleImport.Kind.PEOPLE, file, dryRun));
	}

	private static ResponseEntity<PeopleImport.Report> answer(PeopleImport.Report report) {
		return ResponseEntity.status(report.valid() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
	}

}
