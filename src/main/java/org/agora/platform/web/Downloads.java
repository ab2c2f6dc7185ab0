package org.agora.platform.web;

import java.nio.charset.StandardCharsets;

import org.agora.platform.FileTypes;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file sent back to a person allowed to read it. */
public final class Downloads {

	private Downloads() {
	}

	/**
	 * The file as a download under its name, unless it is a safe image, which the browser may show; never sniffed
	 * for another type, and kept by no shared cache.
	 */
	public static ResponseEntity<byte[]> of(String fileName, String contentType, byte[] data) {
		var disposition = FileTypes.isSafeImage(contentType) ? ContentDisposition.inline()
				: ContentDisposition.attachment();
		return ResponseEntity.ok()
			.contentType(mediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
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
