package org.agora.discussions;

import java.util.ArrayList;
import java.util.List;

import org.agora.platform.Text;
import org.agora.platform.FileTypes;
import org.agora.platform.web.InvalidInputException;

/** The rules every post and thread follows: title and body lengths, the kind, and attachments by content. */
final class PostRules {

	static final int MAX_TITLE = 200;

	static final int MAX_BODY = 20_000;

	static final int MAX_FILES = 3;

	static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	/** An attachment ready to store: its safe name and the type read from its content. */
	record CheckedFile(String name, String contentType, byte[] data) {
	}

	private PostRules() {
	}

	static String title(String typed) {
		String title = typed == null ? "" : Text.withoutNul(typed).strip();
		if (title.isEmpty()) {
			throw new InvalidInputException("title", "dthreads.error.titleRequired", "Give the thread a title.");
		}
		if (title.length() > MAX_TITLE) {
			throw new InvalidInputException("title", "dthreads.error.titleTooLong",
					"The title has at most 200 characters.");
		}
		return title;
	}

	static String body(String typed) {
		if (typed == null || typed.isBlank()) {
			throw new InvalidInputException("body", "dthreads.error.bodyRequired", "Write something.");
		}
		String body = Text.withoutNul(typed).stripTrailing();
		if (body.length() > MAX_BODY) {
			throw new InvalidInputException("body", "dthreads.error.bodyTooLong",
					"A post has at most 20000 characters.");
		}
		return body;
	}

	static ThreadKind kind(String typed) {
		if (typed == null || typed.isBlank()) {
			return ThreadKind.DISCUSSION;
		}
		try {
			return ThreadKind.valueOf(typed.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind", "dthreads.error.kind", "The kind is DISCUSSION or QUESTION.");
		}
	}

	static List<CheckedFile> files(List<AttachmentFile> files) {
		if (files.size() > MAX_FILES) {
			throw new InvalidInputException("attachments", "dthreads.error.tooManyFiles",
					"A post has at most 3 attachments.");
		}
		List<CheckedFile> checked = new ArrayList<>();
		for (var file : files) {
			if (file.data().length > MAX_FILE_BYTES) {
				throw new InvalidInputException("attachments", "dthreads.error.fileTooLarge",
						"An attachment has at most 5 MB.");
			}
			String type = FileTypes.of(file.data());
			if (type == null) {
				throw new InvalidInputException("attachments", "dthreads.error.fileType",
						"Attach PDF, PNG, JPEG, plain text or Office documents only.");
			}
			checked.add(new CheckedFile(FileTypes.fileName(file.name(), 200), type, file.data()));
		}
		return checked;
	}
}
