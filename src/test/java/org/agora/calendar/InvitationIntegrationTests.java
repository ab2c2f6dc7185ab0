package org.agora.calendar;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.agora.Personas;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Organizers invite colleagues and, to joint or invitation-only events, guests from partner communities; an unknown
 * address becomes a guest account that chooses its password by a link and sees only the events it is invited to.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class InvitationIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CalendarPolicy policy;

	@Autowired
	EventStore store;

	@Autowired
	ApplicationEvents published;

	AttendanceFixtures fixtures;

	AttendanceFixtures.TestPerson organizer;

	@BeforeEach
	void anOrganizer() {
		fixtures = new AttendanceFixtures(jdbc);
		organizer = fixtures.leader("Olga Organizer");
	}

	@Test
	void anUnknownAddressBecomesAGuestWhoSeesOnlyThatEvent() throws Exception {
		var joint = fixtures.event(organizer, Duration.ofDays(10), EventType.JOINT_EVENT, Audience.LEADERS, null);
		var other = fixtures.event(organizer, Duration.ofDays(11), EventType.JOINT_EVENT, Audience.LEADERS, null);
		String email = "claire-" + UUID.randomUUID() + "@partner.example";

		mvc.perform(post(invitations(joint)).with(organizer.signedIn()).with(csrf())
			.param("emails", email.toUpperCase())
			.param("name", "Claire Partner"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("outcome", new Invitations.Outcome(1, 1, 0)));

		var guest = jdbc.sql("select id, full_name, unit_id from people_person where email = :email")
			.param("email", email)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getObject(3) })
			.single();
		long guestId = (Long) guest[0];
		assertThat(guest[1]).isEqualTo("Claire Partner");
		assertThat(guest[2]).isNull();
		assertThat(jdbc.sql("select role from people_person_role where person_id = :id").param("id", guestId)
			.query(String.class)
			.list()).containsExactly("GUEST");
		assertThat(jdbc.sql("select expires_at from people_password_reset where person_id = :id")
			.param("id", guestId)
			.query(Timestamp.class)
			.single()
			.toInstant()).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(120),
					Instant.now().plus(Duration.ofDays(7)));
		assertThat(published.stream(EventInvitationSent.class).filter(e -> e.eventId() == joint.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.personId()).isEqualTo(guestId));
		assertThat(page(get(invitations(joint)).with(organizer.signedIn()), 200)).contains("Claire Partner", email,
				"Guest");

		var asGuest = signedIn(guestId, email, "Claire Partner");
		page(get("/calendar/events/" + joint.id() + "/check-in").with(asGuest), 200);
		page(get("/calendar/events/" + other.id() + "/check-in").with(asGuest), 404);
		var principal = new AccountUser(guestId, email, "Claire Partner", java.util.Set.of(Role.GUEST), "", true);
		assertThat(policy.maySee(principal, store.get(joint.id()))).isTrue();
		assertThat(policy.maySee(principal, store.get(other.id()))).isFalse();

		String mail = jdbc.sql("select body_text from platform_mail where recipient = :email order by id")
			.param("email", email)
			.query(String.class)
			.list()
			.get(0);
		var token = TOKEN.matcher(mail);
		assertThat(token.find()).as("the email holds the link to choose a password").isTrue();
		page(post("/password/reset").with(csrf()).param("token", token.group(1)).param("password", "a-long-guest-secret")
			.param("confirm", "a-long-guest-secret"),
				302);
		assertThat(users.loadUserByUsername(email).getAuthorities()).extracting(Object::toString).contains("ROLE_GUEST");
	}

	@Test
	void newGuestsAreNotInvitedToAnEventForLeadersAndTheAddressIsNamed() throws Exception {
		var lecture = fixtures.lecture(organizer, Duration.ofDays(10));
		String email = "nobody-" + UUID.randomUUID() + "@partner.example";
		String typed = organizer.email() + "\n" + email;

		String page = page(post(invitations(lecture)).with(organizer.signedIn()).with(csrf())
			.param("emails", typed), 400);

		assertThat(page).contains(email + " has no Agora account; guests are invited only to joint events",
				"id=\"emails-error\"", "is-invalid", ">" + organizer.email() + "\n" + email + "</textarea>");
		assertThat(jdbc.sql("select count(*) from people_person where email = :email").param("email", email)
			.query(Integer.class)
			.single()).isZero();
		assertThat(invited(lecture)).isZero();
		assertThat(page(post(invitations(lecture)).with(organizer.signedIn()).with(csrf())
			.param("emails", Personas.GUEST), 400)).contains(Personas.GUEST + " is a guest account");
	}

	@Test
	void aBadAddressIsNamedAndNobodyIsInvited() throws Exception {
		var joint = fixtures.event(organizer, Duration.ofDays(10), EventType.JOINT_EVENT, Audience.INVITED, null);
		var colleague = fixtures.employee("Cora Colleague");

		String page = page(post(invitations(joint)).with(organizer.signedIn()).with(csrf())
			.param("emails", colleague.email() + ", not-an-address"), 400);

		assertThat(page).contains("not-an-address is not an email address.");
		assertThat(invited(joint)).isZero();
		assertThat(page(post(invitations(joint)).with(organizer.signedIn()).with(csrf())
			.param("emails", "a-" + UUID.randomUUID() + "@partner.example, b-" + UUID.randomUUID() + "@partner.example")
			.param("name", "Only One Name"), 400)).contains("has no account yet: give the guest’s name");
		assertThat(invited(joint)).isZero();
	}

	@Test
	void colleaguesAreInvitedOnceAndRemovingTheInvitationKeepsTheirRegistration() throws Exception {
		var invitationOnly = fixtures.event(organizer, Duration.ofDays(10), EventType.WORKSHOP, Audience.INVITED, null);
		var colleague = fixtures.employee("Cora Colleague");
		String named = "Dina Guest <dina-" + UUID.randomUUID() + "@partner.example>";

		page(post(invitations(invitationOnly)).with(organizer.signedIn()).with(csrf())
			.param("emails", colleague.email() + "; " + named), 302);
		mvc.perform(post(invitations(invitationOnly)).with(organizer.signedIn()).with(csrf())
			.param("emails", colleague.email()))
			.andExpect(flash().attribute("outcome", new Invitations.Outcome(0, 0, 1)));

		assertThat(invited(invitationOnly)).isEqualTo(2);
		assertThat(published.stream(EventInvitationSent.class).filter(e -> e.eventId() == invitationOnly.id()))
			.hasSize(2);
		assertThat(page(get(invitations(invitationOnly)).with(organizer.signedIn()), 200)).contains("Dina Guest",
				"Cora Colleague");
		page(get("/calendar/events/" + invitationOnly.id() + "/check-in").with(colleague.signedIn()), 200);

		fixtures.register(invitationOnly, colleague, RegistrationStatus.REGISTERED);
		page(post(invitations(invitationOnly) + "/" + colleague.id() + "/delete").with(organizer.signedIn())
			.with(csrf()), 302);

		assertThat(invited(invitationOnly)).isOne();
		assertThat(fixtures.status(invitationOnly, colleague)).isEqualTo("REGISTERED");
		page(post(invitations(invitationOnly) + "/" + colleague.id() + "/delete").with(organizer.signedIn())
			.with(csrf()), 404);
	}

	@Test
	void onlyOrganizersAndManagersInvite() throws Exception {
		var lecture = fixtures.lecture(organizer, Duration.ofDays(10));

		page(get(invitations(lecture)).with(Personas.as(users, Personas.MANAGER)), 200);
		page(get(invitations(lecture)).with(Personas.as(users, Personas.LEADER)), 403);
		page(get(invitations(lecture)).with(Personas.as(users, Personas.EMPLOYEE)), 404);
		page(get(invitations(lecture)).with(Personas.as(users, Personas.GUEST)), 404);
		page(post(invitations(lecture)).with(Personas.as(users, Personas.LEADER)).with(csrf())
			.param("emails", Personas.EMPLOYEE), 403);
		assertThat(invited(lecture)).isZero();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(long id, String email,
			String name) {
		var user = new AccountUser(id, email, name, java.util.Set.of(Role.GUEST), "", true);
		return authentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(user, null, user.getAuthorities()));
	}

	private int invited(AttendanceFixtures.TestEvent event) {
		return jdbc.sql("select count(*) from calendar_invitation where event_id = :event")
			.param("event", event.id())
			.query(Integer.class)
			.single();
	}

	private String page(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String invitations(AttendanceFixtures.TestEvent event) {
		return "/calendar/events/" + event.id() + "/invitations";
	}
}
