package org.agora.people;

import java.util.ArrayList;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.HomeSection;
import org.agora.platform.web.NavItem;
import org.agora.platform.web.Navigation;
import org.springframework.stereotype.Component;

/** The people module's header links and its part of the home page. */
@Component
class PeopleNavigation implements Navigation, HomeSection {

	private final PeoplePolicy policy;

	private final NominationViews nominations;

	private final Persons persons;

	private final Coverage coverage;

	PeopleNavigation(PeoplePolicy policy, NominationViews nominations, Persons persons, Coverage coverage) {
		this.coverage = coverage;
		this.policy = policy;
		this.nominations = nominations;
		this.persons = persons;
	}

	@Override
	public List<NavItem> items(AgoraPrincipal viewer) {
		var items = new ArrayList<NavItem>();
		if (policy.mayBrowseDirectory(viewer)) {
			items.add(new NavItem("nav.people", "/people", 10));
			items.add(new NavItem("nav.units", "/units", 15));
		}
		if (policy.maySeeCoverage(viewer)) {
			items.add(new NavItem("nav.coverage", "/leaders/coverage", 20));
		}
		if (policy.mayNominate(viewer)) {
			items.add(new NavItem("nav.nominations", "/nominations", 25,
					policy.mayReviewNominations(viewer) ? nominations.pendingCount() : 0));
		}
		if (policy.mayReviewNominations(viewer)) {
			items.add(new NavItem("nav.programme", "/programme", 30));
		}
		if (policy.mayManageOrganization(viewer)) {
			items.add(new NavItem("nav.admin", "/admin/users", 80));
		}
		return items;
	}

	@Override
	public List<NextStep> nextSteps(AgoraPrincipal viewer) {
		var steps = new ArrayList<NextStep>();
		if (policy.mayReviewNominations(viewer)) {
			long pending = nominations.pendingCount();
			if (pending > 0) {
				steps.add(new NextStep("home.step.reviewNominations", List.of(pending), "/nominations?status=PENDING", 10));
			}
		}
		var me = persons.findById(viewer.personId()).orElse(null);
		if (me != null && (me.bio == null || me.expertise.isEmpty()) && policy.mayBrowseDirectory(viewer)) {
			steps.add(new NextStep("home.step.completeProfile", List.of(), "/me", 50));
		}
		if (policy.mayNominate(viewer)) {
			steps.add(new NextStep("home.step.nominate", List.of(), "/people", 90));
		}
		if (policy.mayReviewNominations(viewer)) {
			long uncovered = coverage.report().uncovered();
			if (uncovered > 0) {
				steps.add(new NextStep("home.step.uncovered", List.of(uncovered), "/leaders/coverage", 20));
			}
		}
		else if (policy.maySeeCoverage(viewer)) {
			steps.add(new NextStep("home.step.coverage", List.of(), "/leaders/coverage", 60));
		}
		return steps;
	}
}
