package org.agora.platform.web;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;

/** Notices a module shows on the signed-in person's home page until they dismiss them, above their next steps. */
public interface HomeNotices {

	List<Notice> notices(AgoraPrincipal viewer);

	/**
	 * One notice.
	 *
	 * @param id a unique id for the page (an element id)
	 * @param title plain text, escaped when rendered
	 * @param html the body, already made safe by {@code MarkdownRenderer}
	 * @param href where to read more
	 * @param dismissAction the path a POST to dismisses it
	 * @param byline plain text under the title (author, date)
	 */
	record Notice(String id, String title, String html, String href, String dismissAction, String byline) {
	}
}
