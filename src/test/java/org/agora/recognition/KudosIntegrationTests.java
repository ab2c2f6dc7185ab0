package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.agora.Personas;
import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Kudos: who may thank whom and with what, the points they earn once, and a private kudos seen by its two people
 * alone on every surface: the API, the timeline and the profile.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KudosIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Kudos kudos;

	@Autowired
	Ledger ledger;

	@Autowired
	UserDetailsService users;

	SpaceFixtures fixtures;

	TestPerson giver;

	TestPerson colleague;

	TestPerson third;

	@BeforeEach
	void people() {
		fixtures = new SpaceFixtures(jdbc);
		giver = fixtures.employee("Gila Giver " + unique());
		colleague = fixtures.leader("Carmi Colleague " + unique());
		third = fixtures.employee("Tami Third " + unique());
	}

	@Test
	void kudosToYourselfAreRefusedNamingTheRecipientKeepingTheTypingAndSavingNothing() throws Exception {
		String message = "Thanks, me " + unique();
		mvc.perform(post("/recognition/kudos").with(giver.signedIn()).with(csrf())
			.param("toId", String.valueOf(giver.id()))
			.param("message", message)
			.param("public", "true"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"toId-error\"")))
			.andExpect(content().string(containsString(message)));
		assertThat(sentBy(giver)).isZero();
	}

	@Test
	void anEmptyOrOversizedMessageIsRefusedNamingTheMessage() throws Exception {
		for (String message : new String[] { "", "   ", "\u0000 ", "x".repeat(281) }) {
			mvc.perform(post("/api/v1/kudos").with(giver.signedIn()).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"toId\": %d, \"message\": \"%s\"}".formatted(colleague.id(),
						message.replace("\u0000", "\\u0000"))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("message"));
		}
		// 280 characters after trimming, with a NUL dropped, is fine
		var sent = kudos.give(giver.principal(), colleague.id(), "  " + "y".repeat(279) + "\u0000z  ", true);
		assertThat(kudos.find(giver.principal(), sent).orElseThrow().message()).isEqualTo("y".repeat(279) + "z");
		assertThat(sentBy(giver)).isOne();
	}

	@Test
	void anUnknownInactiveOrGuestRecipientIsRefused() throws Exception {
		var inactive = fixtures.employee("Ido Inactive " + unique());
		jdbc.sql("update people_person set active = false where id = :id").param("id", inactive.id()).update();
		var guest = fixtures.guest("Gal Guest " + unique());
		for (long toId : new long[] { 987_654_321L, inactive.id(), guest.id() }) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> kudos.give(giver.principal(), toId, "Thank you", true))
				.satisfies(e -> assertThat(e.field()).isEqualTo("toId"));
		}
		mvc.perform(post("/api/v1/kudos").with(giver.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\": \"Thank you\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("toId"));
		assertThat(sentBy(giver)).isZero();
	}

	@Test
	void guestsCannotGiveKudos() throws Exception {
		var guest = fixtures.guest("Gadi Guest " + unique());
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> kudos.give(guest.principal(), colleague.id(), "Thanks from outside", true));
		mvc.perform(post("/api/v1/kudos").with(Personas.as(users, Personas.GUEST)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"toId\": %d, \"message\": \"Thanks\"}".formatted(colleague.id())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/recognition").with(Personas.as(users, Personas.GUEST))).andExpect(status().isForbidden());
		assertThat(sentBy(guest)).isZero();
	}

	@Test
	void aGiverSendsAtMostTwentyKudosADay() {
		for (int i = 1; i <= Kudos.DAILY_LIMIT; i++) {
			kudos.give(giver.principal(), i % 2 == 0 ? colleague.id() : third.id(), "Thanks no. " + i, i % 3 == 0);
		}
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> kudos.give(giver.principal(), colleague.id(), "One too many", true))
			.satisfies(e -> assertThat(e.field()).isEqualTo("message"));
		assertThat(sentBy(giver)).isEqualTo(Kudos.DAILY_LIMIT);
		// the limit is the giver's own
		kudos.give(third.principal(), colleague.id(), "Mine still goes", true);
	}

	@Test
	void aKudosEarnsItsReceiverPointsOnceAndAPrivateOneMarksThemPrivate() throws Exception {
		mvc.perform(post("/api/v1/kudos").with(giver.signedIn()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"toId\": %d, \"message\": \"For the onboarding guide\"}".formatted(colleague.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.public").value(true))
			.andExpect(jsonPath("$.to.id").value(colleague.id()))
			.andExpect(jsonPath("$.from.name").value(giver.name()));
		long secret = kudos.give(third.principal(), colleague.id(), "Between us", false);

		var entries = ledger.entriesOf(colleague.id(), 10);
		assertThat(entries).extracting(Ledger.Entry::rule).containsOnly(PointRule.KUDOS_RECEIVED);
		assertThat(entries).extracting(Ledger.Entry::points).containsExactly(5, 5);
		assertThat(entries).filteredOn(e -> e.subjectId() == secret).singleElement()
			.satisfies(e -> assertThat(e.privateSource()).isTrue());
		// the award is keyed by the kudos: the same kudos never earns twice
		assertThat(ledger.award(new Ledger.Award(colleague.id(), PointRule.KUDOS_RECEIVED, "kudos:" + secret,
				Subjects.KUDOS, secret, true, Instant.now()))).isEqualTo(-1);
		assertThat(ledger.total(colleague.id())).isEqualTo(10);
		assertThat(ledger.total(giver.id())).isZero();
	}

	@Test
	void aPublicKudosIsOnTheTimelineAndTheProfileForEveryone() throws Exception {
		String message = "Your checklist saved our audit " + unique();
		kudos.give(giver.principal(), colleague.id(), message, true);

		mvc.perform(get("/api/v1/achievements").param("size", "100").with(third.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.kind == 'KUDOS' && @.title == '%s')].text".formatted(message))
				.value(hasItem(giver.name() + " thanked " + colleague.name() + ".")));
		mvc.perform(get("/recognition").with(third.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)));
		mvc.perform(get("/people/" + colleague.id()).with(third.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"profile-kudos\"")))
			.andExpect(content().string(containsString(message)));
		mvc.perform(get("/api/v1/kudos").param("person", String.valueOf(colleague.id())).with(third.signedIn()))
			.andExpect(jsonPath("$.items[*].message").value(hasItem(message)));
	}

	@Test
	void aPrivateKudosIsSeenByItsGiverAndReceiverAloneOnEverySurface() throws Exception {
		String token = "kudos" + unique();
		String message = "Quietly: thank you for covering for me " + token;
		long id = kudos.give(giver.principal(), colleague.id(), message, false);

		assertThat(jdbc.sql("select count(*) from recognition_achievement where kind = 'KUDOS' and subject_id = :id")
			.param("id", id).query(Integer.class).single()).isZero();
		for (var party : new TestPerson[] { giver, colleague }) {
			mvc.perform(get("/api/v1/kudos").param("size", "100").with(party.signedIn()))
				.andExpect(jsonPath("$.items[*].message").value(hasItem(message)));
			mvc.perform(get("/api/v1/kudos").param("person", String.valueOf(colleague.id())).with(party.signedIn()))
				.andExpect(jsonPath("$.items[*].message").value(hasItem(message)));
			mvc.perform(get("/recognition").with(party.signedIn()))
				.andExpect(content().string(containsString(message)));
			mvc.perform(get("/people/" + colleague.id()).with(party.signedIn()))
				.andExpect(content().string(containsString(message)));
		}
		mvc.perform(get("/api/v1/kudos").param("size", "100").with(third.signedIn()))
			.andExpect(jsonPath("$.items[*].message").value(not(hasItem(message))));
		mvc.perform(get("/api/v1/kudos").param("person", String.valueOf(colleague.id())).with(third.signedIn()))
			.andExpect(jsonPath("$.items[*].message").value(not(hasItem(message))));
		mvc.perform(get("/api/v1/achievements").param("size", "100").with(third.signedIn()))
			.andExpect(content().string(not(containsString(message))));
		mvc.perform(get("/recognition").with(third.signedIn()))
			.andExpect(content().string(not(containsString(message))));
		mvc.perform(get("/people/" + colleague.id()).with(third.signedIn()))
			.andExpect(content().string(not(containsString(message))));
		mvc.perform(get("/api/v1/search").param("q", token).with(third.signedIn()))
			.andExpect(jsonPath("$.total").value(0));
		assertThat(kudos.find(third.principal(), id)).isEmpty();
		var manager = fixtures.manager("Mira Manager " + unique());
		assertThat(kudos.find(manager.principal(), id)).isEmpty();
	}

	@Test
	void thePageThanksAColleagueInHebrewAndTheProfileOffersToThank() throws Exception {
		mvc.perform(get("/recognition").param("lang", "he").param("to", String.valueOf(colleague.id()))
			.with(giver.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("שליחת תודה")))
			.andExpect(content().string(containsString("<option value=\"%d\" selected>".formatted(colleague.id()))));
		String message = "תודה על העזרה בסדנה " + unique();
		mvc.perform(post("/recognition/kudos").with(giver.signedIn()).with(csrf())
			.param("toId", String.valueOf(colleague.id()))
			.param("message", message)
			.param("public", "true"))
			.andExpect(redirectedUrl("/recognition"));
		assertThat(sentBy(giver)).isOne();
		mvc.perform(get("/people/" + colleague.id()).param("lang", "he").with(third.signedIn()))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("/recognition?to=" + colleague.id())));
		// no offer to thank yourself
		mvc.perform(get("/people/" + colleague.id()).with(colleague.signedIn()))
			.andExpect(content().string(not(containsString("/recognition?to="))));
	}

	@Test
	void aPersonsBadgesShowOnTheirProfileAndNoneShowNothing() throws Exception {
		mvc.perform(get("/people/" + colleague.id()).with(third.signedIn()))
			.andExpect(content().string(not(containsString("id=\"profile-badges\""))));
		String slug = "profile-test-" + unique();
		var now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into recognition_badge (slug, automatic, name_en, name_he, description_en, description_he, created_at)
				values (:slug, false, 'Helping hand', 'יד עוזרת', 'Helped', 'עזר', :now)""")
			.param("slug", slug).param("now", now).update();
		jdbc.sql("""
				insert into recognition_badge_award (badge_id, person_id, citation, awarded_at)
				select id, :p, 'For the onboarding', :now from recognition_badge where slug = :slug""")
			.param("p", colleague.id()).param("slug", slug).param("now", now).update();
		mvc.perform(get("/people/" + colleague.id()).with(third.signedIn()))
			.andExpect(content().string(containsString("id=\"profile-badges\"")))
			.andExpect(content().string(containsString("href=\"/recognition/badges/" + slug + "\"")))
			.andExpect(content().string(containsString("Helping hand")));
		mvc.perform(get("/people/" + colleague.id()).param("lang", "he").with(third.signedIn()))
			.andExpect(content().string(containsString("יד עוזרת")));
	}

	private int sentBy(TestPerson person) {
		return jdbc.sql("select count(*) from recognition_kudos where from_id = :p").param("p", person.id())
			.query(Integer.class).single();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
