package org.agora.discussions;


import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.Downloads;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Sends a post's attachment to whoever may read the post: a download, unless it is a safe image. */
@Controller
class AttachmentController {

	private record Stored(long postId, String name, String type, byte[] data) {
	}

	private final JdbcClient jdbc;

	private final PostEditor posts;

	AttachmentController(JdbcClient jdbc, PostEditor posts) {
		this.jdbc = jdbc;
		this.posts = posts;
	}

	@GetMapping("/discussions/attachments/{id}")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> download(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var file = jdbc.sql("select post_id, file_name, content_type, data from discussions_attachment where id = :id")
			.param("id", id)
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Attachment"));
		try {
			posts.visible(viewer, file.postId());
		}
		catch (NotFoundException e) {
			throw new NotFoundException("Attachment");
		}
		return Downloads.of(file.name(), file.type(), file.data());
	}
}
