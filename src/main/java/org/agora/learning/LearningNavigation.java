package org.agora.learning;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.HomeSection;
import org.agora.platform.web.NavItem;
import org.agora.platform.web.Navigation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The learning module's header link, and the lesson to continue with on the home page. */
@Component
class LearningNavigation implements Navigation, HomeSection {

	private final LearningPolicy policy;

	private final LearnerViews views;

	LearningNavigation(LearningPolicy policy, LearnerViews views) {
		this.policy = policy;
		this.views = views;
	}

	@Override
	public List<NavItem> items(AgoraPrincipal viewer) {
		return policy.mayRead(viewer) || policy.facilitatesAny(viewer) ? List.of(new NavItem("nav.learning", "/learning", 40))
				: List.of();
	}

	/** For each course the viewer takes in an open cohort and has not finished: the lesson to go on with. */
	@Override
	public List<NextStep> nextSteps(AgoraPrincipal viewer) {
		if (viewer == null) {
			return List.of();
		}
		String lang = LocaleContextHolder.getLocale().getLanguage();
		return views.enrolled(viewer).stream()
			.filter(e -> e.enrolment().open() && !e.complete() && e.continueAt() != null)
			.map(e -> new NextStep("home.step.continueCourse", List.of(e.continueAt().title().in(lang)),
					"/learning/lessons/" + e.continueAt().id(), 15))
			.toList();
	}
}
