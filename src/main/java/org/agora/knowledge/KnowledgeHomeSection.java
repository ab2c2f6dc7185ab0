package org.agora.knowledge;

import java.util.ArrayList;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.HomeSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the home page: the person's articles due for review, the articles waiting for their review (for a community
 * manager, also those that name no reviewer), and, for managers, how many articles are stale.
 */
@Component
class KnowledgeHomeSection implements HomeSection {

	static final int PRIORITY = 30;

	private final ArticleListing listing;

	private final JdbcClient jdbc;

	private final KnowledgeDates dates;

	KnowledgeHomeSection(ArticleListing listing, JdbcClient jdbc, KnowledgeDates dates) {
		this.listing = listing;
		this.jdbc = jdbc;
		this.dates = dates;
	}

	@Override
	public List<NextStep> nextSteps(AgoraPrincipal viewer) {
		if (!KnowledgePolicy.inOrganization(viewer)) {
			return List.of();
		}
		var steps = new ArrayList<NextStep>();
		int due = listing.dueForReview(viewer.personId());
		if (due > 0) {
			steps.add(new NextStep("knowledge.home.due", List.of(due), "/knowledge?tab=mine", PRIORITY));
		}
		// a community manager reviews what waits for no one in particular
		int toReview = jdbc.sql("""
				select count(*) from knowledge_article where status = 'IN_REVIEW'
				and (reviewer_id = :me or (reviewer_id is null and :manager))""")
			.param("me", viewer.personId())
			.param("manager", viewer.isManager())
			.query(Integer.class)
			.single();
		if (toReview > 0) {
			steps.add(new NextStep("knowledge.home.toReview", List.of(toReview), "/knowledge?tab=review", PRIORITY));
		}
		if (viewer.isManager()) {
			int stale = jdbc.sql("""
					select count(*) from knowledge_article where status = 'PUBLISHED' and type <> 'TEMPLATE'
					and review_by < :today""")
				.param("today", java.sql.Date.valueOf(dates.today()))
				.query(Integer.class)
				.single();
			if (stale > 0) {
				steps.add(new NextStep("knowledge.home.stale", List.of(stale), "/knowledge?tab=stale", PRIORITY + 5));
			}
		}
		return steps;
	}
}
