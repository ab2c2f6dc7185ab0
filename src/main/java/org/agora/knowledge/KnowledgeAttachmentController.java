package org.agora.knowledge;


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

/** Sends an article's attachment to whoever may read the article: a download, unless it is a safe image. */
@Controller
class KnowledgeAttachmentController {

	private record Stored(long articleId, String name, String type, byte[] data) {
	}

	private final JdbcClient jdbc;

	private final Articles articles;

	KnowledgeAttachmentController(JdbcClient jdbc, Articles articles) {
		this.jdbc = jdbc;
		this.articles = articles;
	}

	@GetMapping("/knowledge/attachments/{id}")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> download(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var file = jdbc.sql("""
				select article_id, file_name, content_type, data from knowledge_attachment
				where id = :id and removed_at is null""")
			.param("id", id)
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Attachment"));
		try {
			articles.visible(viewer, file.articleId());
		}
		catch (NotFoundException e) {
			throw new NotFoundException("Attachment");
		}
		return Downloads.of(file.name(), file.type(), file.data());
	}
}
