package org.agora.notifications;

import java.time.Duration;

import org.agora.people.NominationDeclined;
import org.agora.platform.mail.SignedTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Unsubscribe links work without signing in, only when signed by Agora, and only once asked to. */
@SpringBootTest
@AutoConfigureMockMvc
class UnsubscribeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignedTokens tokens;

	@Autowired
	Preferences preferences;

	@Autowired
	Notifications notifications;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	TestPeople people;

	@BeforeEach
	void setUp() {
		people = new TestPeople(jdbc);
	}

	@Test
	void openingTheLinkAsksAndTheButtonStopsThatKindOfEmail() throws Exception {
		var person = people.employee("Uri Unsubscriber");
		String token = tokenOf(tokens.unsubscribePath(person.id(), "nomination.declined"));

		mvc.perform(get("/unsubscribe").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"token\" value=\"" + token + "\">")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		assertThat(emailOf(person.id(), NotificationKind.NOMINATION_DECLINED)).isTrue();

		mvc.perform(post("/unsubscribe").param("token", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("You will no longer get emails about “A nomination you made is declined”.")));

		assertThat(emailOf(person.id(), NotificationKind.NOMINATION_DECLINED)).isFalse();
		assertThat(preferences.of(person.id(), NotificationKind.NOMINATION_DECLINED).inApp()).isTrue();
		assertThat(emailOf(person.id(), NotificationKind.NOMINATION_RECEIVED)).isTrue();
	}

	@Test
	void theLinkOfADiscreetEmailStopsEveryDiscreetKindAndNamesNone() throws Exception {
		var leader = people.employee("Dafna Discreet");
		String token = tokenOf(tokens.unsubscribePath(leader.id(), "discreet"));

		mvc.perform(post("/unsubscribe").param("token", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("You will no longer get emails about “News about personal support”.")));

		for (var kind : NotificationKind.values()) {
			assertThat(emailOf(leader.id(), kind)).as(kind.code()).isEqualTo(!kind.discreetEmail()
					&& preferences.of(leader.id(), kind).email());
		}
		assertThat(emailOf(leader.id(), NotificationKind.SUPPORT_HELP_ANSWERED)).isFalse();
		assertThat(emailOf(leader.id(), NotificationKind.NOMINATION_RECEIVED)).isTrue();
		assertThat(preferences.of(leader.id(), NotificationKind.SUPPORT_HELP_ANSWERED).inApp()).isTrue();
	}

	@Test
	void unsubscribingFromAllStopsEveryNotificationEmail() throws Exception {
		var nominator = people.employee("Ayelet All");
		var nominee = people.employee("Nadav");
		String token = tokenOf(tokens.unsubscribePath(nominator.id(), "all"));

		mvc.perform(post("/unsubscribe").param("token", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You will no longer get notification emails from Agora.")));
		transactions.executeWithoutResult(
				status -> events.publishEvent(new NominationDeclined(990_001, nominee.id(), nominator.id())));

		await().atMost(Duration.ofSeconds(10)).until(() -> notifications.unreadCount(nominator.id()) > 0);
		assertThat(preferences.of(nominator.id())).noneMatch(Preference::email);
		assertThat(jdbc.sql("select count(*) from platform_mail where recipient = :to")
			.param("to", nominator.email())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aMailClientUnsubscribesWithOneClick() throws Exception {
		var person = people.employee("Ofir OneClick");
		String token = tokenOf(tokens.unsubscribePath(person.id(), "leader.appointed"));

		// RFC 8058: the client posts to the link itself; the CSRF exemption for this belongs to the security
		// configuration, so the request carries a token here
		mvc.perform(post("/unsubscribe").queryParam("token", token)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")
			.with(csrf())).andExpect(status().isOk());

		assertThat(emailOf(person.id(), NotificationKind.LEADER_APPOINTED)).isFalse();
	}

	@Test
	void aForgedOrDamagedLinkIsRefused() throws Exception {
		var person = people.employee("Fay Forged");
		String genuine = tokenOf(tokens.unsubscribePath(person.id(), "all"));
		String otherPersonsSignature = genuine.substring(genuine.indexOf('.'));
		String forged = tokens.sign("unsubscribe:" + (person.id() + 1) + ":all").split("\\.")[0] + otherPersonsSignature;

		for (String token : new String[] { forged, "nonsense", genuine.substring(0, genuine.length() - 2),
				tokens.sign("calendar:" + person.id()), tokens.sign("unsubscribe:" + person.id() + ":no.such.kind") }) {
			mvc.perform(get("/unsubscribe").param("token", token))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("This unsubscribe link is not valid.")));
			mvc.perform(post("/unsubscribe").param("token", token).with(csrf())).andExpect(status().isBadRequest());
		}
		mvc.perform(get("/unsubscribe")).andExpect(status().isBadRequest());
		assertThat(preferences.of(person.id())).allMatch(p -> p.email() == p.kind().emailByDefault());
	}

	private boolean emailOf(long personId, NotificationKind kind) {
		return preferences.of(personId, kind).email();
	}

	private static String tokenOf(String unsubscribePath) {
		return unsubscribePath.substring(unsubscribePath.indexOf("token=") + "token=".length());
	}
}
