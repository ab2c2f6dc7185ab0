package org.agora.discussions;

import java.util.ArrayList;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.HomeSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the home page: invitations to private spaces waiting for the person's answer, and, for moderators, requests to
 * join the spaces they moderate.
 */
@Component
class DiscussionsHomeSection implements HomeSection {

	static final int PRIORITY = 20;

	private final Memberships memberships;

	private final JdbcClient jdbc;

	DiscussionsHomeSection(Memberships memberships, JdbcClient jdbc) {
		this.memberships = memberships;
		this.jdbc = jdbc;
	}

	@Override
	public List<NextStep> nextSteps(AgoraPrincipal viewer) {
		var steps = new ArrayList<NextStep>();
		for (var invitation : memberships.invitationsFor(viewer)) {
			steps.add(new NextStep("dspaces.home.invitation", List.of(invitation.spaceName()),
					"/discussions#invitations", PRIORITY));
		}
		jdbc.sql("""
				select s.name, s.slug, count(*) from discussions_space_member r
				join discussions_space s on s.id = r.space_id
				where r.status = 'REQUESTED' and not s.archived and exists (select 1 from discussions_space_member m
				  where m.space_id = s.id and m.person_id = :me and m.role = 'MODERATOR' and m.status = 'ACTIVE')
				group by s.name, s.slug order by s.name""")
			.param("me", viewer.personId())
			.query((rs, n) -> steps.add(new NextStep("dspaces.home.requests", List.of(rs.getLong(3), rs.getString(1)),
					org.springframework.web.util.UriUtils.encodePath("/discussions/s/" + rs.getString(2) + "/members",
							java.nio.charset.StandardCharsets.UTF_8),
					PRIORITY)))
			.list();
		return steps;
	}
}
