package org.agora.people;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Admins import org units and people from CSV: the page, its example files and its JSON twin. A check (dry run)
 * and an import give the same report; the API answers 422 with it when the file has errors.
 */
@Controller
class ImportController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final PeopleImport imports;

	ImportController(PeopleImport imports) {
		this.imports = imports;
	}

	@GetMapping("/admin/import")
	String page(@RequestParam(defaultValue = "units") String kind, Model model) {
		model.addAttribute("kind", kind(kind));
		return "people/import";
	}

	@PostMapping("/admin/import")
	String upload(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(defaultValue = "units") String kind,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun,
			Model model) throws IOException {
		var report = run(imports, viewer, kind(kind), file, dryRun);
		model.addAttribute("kind", report.kind());
		model.addAttribute("report", report);
		return "people/import";
	}

	@GetMapping("/admin/import/example/{fileName}")
	ResponseEntity<byte[]> example(@PathVariable String fileName) {
		var kind = Arrays.stream(PeopleImport.Kind.values())
			.filter(k -> k.fileName.equals(fileName))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Example"));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(kind.example());
	}

	static PeopleImport.Report run(PeopleImport imports, AgoraPrincipal viewer, PeopleImport.Kind kind, MultipartFile file,
			boolean dryRun) throws IOException {
		if (file == null || file.isEmpty()) {
			return imports.run(viewer, kind, null, dryRun);
		}
		try (InputStream in = file.getInputStream()) {
			return imports.run(viewer, kind, in, dryRun);
		}
	}

	private static PeopleImport.Kind kind(String name) {
		return PeopleImport.Kind.named(name).orElseThrow(() -> new NotFoundException("Import kind"));
	}
}
