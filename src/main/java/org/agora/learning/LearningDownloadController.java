package org.agora.learning;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Lesson attachments and submitted exercise files. They are downloaded, never shown in the browser, except
 * images of a type browsers cannot run.
 */
@Controller
class LearningDownloadController {

	private static final Set<String> SAFE_IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

	private final Lessons lessons;

	private final Exercises exercises;

	LearningDownloadController(Lessons lessons, Exercises exercises) {
		this.lessons = lessons;
		this.exercises = exercises;
	}

	@GetMapping("/learning/attachments/{id}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var file = lessons.attachment(viewer, id);
		return download(file.fileName(), file.contentType(), file.data());
	}

	@GetMapping("/learning/submissions/{id}/file")
	ResponseEntity<byte[]> submissionFile(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var file = exercises.file(viewer, id);
		return download(file.fileName(), file.contentType(), file.data());
	}

	private static ResponseEntity<byte[]> download(String fileName, String contentType, byte[] data) {
		boolean image = contentType != null && SAFE_IMAGES.contains(contentType);
		var disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(fileName, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(mediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(data);
	}

	private static MediaType mediaType(String contentType) {
		try {
			return contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException e) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}
}
