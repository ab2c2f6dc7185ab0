package org.agora.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** A file sent with an article, before its type and size are checked. */
record AttachmentFile(String name, byte[] data) {

	/** The files of a form; empty file inputs (nothing chosen) are left out. */
	static List<AttachmentFile> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
			try {
				return new AttachmentFile(f.getOriginalFilename(), f.getBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).toList();
	}
}
