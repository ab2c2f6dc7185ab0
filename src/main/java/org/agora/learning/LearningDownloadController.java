package org.agora.learning;


import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.Downloads;
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

	private final Lessons lessons;

	private final Exercises exercises;

	LearningDownloadController(Lessons lessons, Exercises exercises) {
		this.lessons = lessons;
		this.exercises = exercises;
	}

	@GetMapping("/learning/attachments/{id}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var file = lessons.attachment(viewer, id);
		return Downloads.of(file.fileName(), file.contentType(), file.data());
	}

	@GetMapping("/learning/submissions/{id}/file")
	ResponseEntity<byte[]> submissionFile(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var file = exercises.file(viewer, id);
		return Downloads.of(file.fileName(), file.contentType(), file.data());
	}
}
