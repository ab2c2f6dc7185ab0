package org.agora.discussions;

import java.util.List;

import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.HomeNotices;
import org.springframework.stereotype.Component;

/** The announcements a person has yet to read, on their home page. */
@Component
class AnnouncementHomeNotices implements HomeNotices {

	private final Announcements announcements;

	private final MarkdownRenderer markdown;

	AnnouncementHomeNotices(Announcements announcements, MarkdownRenderer markdown) {
		this.announcements = announcements;
		this.markdown = markdown;
	}

	@Override
	public List<Notice> notices(AgoraPrincipal viewer) {
		return announcements.unread(viewer)
			.stream()
			.map(a -> new Notice("announcement-" + a.id(), a.title(), markdown.toHtml(a.body()),
					"/announcements#announcement-" + a.id(), "/announcements/" + a.id() + "/read", a.authorName()))
			.toList();
	}
}
