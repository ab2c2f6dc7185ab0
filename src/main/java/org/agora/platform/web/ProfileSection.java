package org.agora.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.agora.platform.security.AgoraPrincipal;

/**
 * What a module shows on a person's profile page, as plain data the page renders the same way for every module, so
 * that the people module depends on none of them. A module answers only with what the viewer may see.
 */
public interface ProfileSection {

	/** The sections about the person for this viewer, in the viewer's language; none when there is nothing to show. */
	List<Section> sections(AgoraPrincipal viewer, long personId, Locale locale);

	/**
	 * A titled list on the profile.
	 *
	 * @param id the section's id on the page
	 * @param headingKey message key of its heading
	 * @param items what it lists, newest first
	 * @param action a link to do something about it, or null
	 * @param order lower comes first
	 */
	record Section(String id, String headingKey, List<Item> items, Item action, int order) {
	}

	/**
	 * One line of a section.
	 *
	 * @param textKey message key of the line
	 * @param args its arguments (user text is escaped when rendered)
	 * @param href where the line links to, or null
	 * @param date when it happened, or null
	 */
	record Item(String textKey, List<Object> args, String href, Instant date) {
	}
}
