package org.agora.platform.web;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;

/** What a module has to tell the signed-in person on the home page: their next steps there. */
public interface HomeSection {

	List<NextStep> nextSteps(AgoraPrincipal viewer);

	/**
	 * One thing to do next.
	 *
	 * @param textKey message key of the sentence
	 * @param args its arguments (user text is escaped when rendered)
	 * @param href where to do it
	 * @param priority lower comes first
	 */
	record NextStep(String textKey, List<Object> args, String href, int priority) {
	}
}
