package org.agora.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.agora.notifications.TestPeople.TestPerson;
import org.agora.people.LeaderAppointed;
import org.agora.people.LeaderNominated;
import org.agora.people.NominationDeclined;
import org.agora.people.PersonJoined;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** People's events reach the right people, in Agora and by email, as their preferences say. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationDeliveryIntegrationTests {

	private static final AtomicLong NOMINATION_IDS = new AtomicLong(900_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Notifications notifications;

	TestPeople people;

	@BeforeEach
	void setUp() {
		people = new TestPeople(jdbc);
	}

	record Mail(String subject, String bodyText, String bodyHtml, String status) {
	}

	@Test
	void aNominationTellsEveryOtherManagerInAgoraAndByEmailInTheirLanguage() {
		var eve = people.manager("<b>Eve</b>", "en");
		var ann = people.manager("Ann Manager", "en");
		var dana = people.manager("דנה מנהלת", "he");
		var nominee = people.employee("Noam Nominee");
		String link = "/nominations/" + NOMINATION_IDS.incrementAndGet();

		publish(new LeaderNominated(nominationId(link), nominee.id(), eve.id()));

		var toAnn = awaitNotification(ann, link);
		assertThat(toAnn.kind()).isEqualTo("nomination.received");
		assertThat(toAnn.args()).containsExactly("<b>Eve</b>", "Noam Nominee");
		awaitNotification(dana, link);
		assertThat(inbox(eve)).as("the nominator is not told of their own nomination")
			.noneMatch(n -> n.link().equals(link));

		var mailToAnn = single(mailTo(ann, link));
		assertThat(mailToAnn.status()).isEqualTo("HELD");
		assertThat(mailToAnn.subject()).isEqualTo("New nomination: Noam Nominee");
		assertThat(mailToAnn.bodyText()).contains("Hello Ann Manager,", "<b>Eve</b> nominated Noam Nominee",
				"/unsubscribe?token=");
		assertThat(mailToAnn.bodyHtml()).contains("&lt;b&gt;Eve&lt;/b&gt;").doesNotContain("<b>Eve</b>");
		var mailToDana = single(mailTo(dana, link));
		assertThat(mailToDana.subject()).isEqualTo("מועמדות חדשה: Noam Nominee");
		assertThat(mailToDana.bodyText()).contains("שלום דנה מנהלת,", "<b>Eve</b> הציע/ה את Noam Nominee");
		assertThat(mailTo(eve, link)).isEmpty();
	}

	@Test
	void theTextIsRenderedInTheLanguageOfWhoeverReadsIt() throws Exception {
		var ann = people.manager("Ann Reader", "en");
		var nominator = people.employee("<b>Eve</b>");
		var nominee = people.employee("Noam");
		String link = "/nominations/" + NOMINATION_IDS.incrementAndGet();
		publish(new LeaderNominated(nominationId(link), nominee.id(), nominator.id()));
		awaitNotification(ann, link);

		String english = mvc.perform(get("/notifications").with(ann.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String hebrew = mvc.perform(get("/notifications").param("lang", "he").with(ann.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(english).contains("&lt;b&gt;Eve&lt;/b&gt; nominated Noam as a knowledge leader.")
			.doesNotContain("<b>Eve</b>");
		assertThat(hebrew).contains("&lt;b&gt;Eve&lt;/b&gt; הציע/ה את Noam כמוביל/ת ידע.").doesNotContain("<b>Eve</b>");
	}

	@Test
	void aChannelTurnedOffIsNotUsed() throws Exception {
		var appOnly = people.manager("App Only", "en");
		var emailOnly = people.manager("Email Only", "en");
		mvc.perform(post("/notifications/preferences").with(appOnly.signedIn()).with(csrf())
			.param("inApp", "nomination.received", "nomination.declined", "leader.appointed", "welcome"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/notifications/preferences").with(emailOnly.signedIn()).with(csrf())
			.param("email", "nomination.received"))
			.andExpect(status().is3xxRedirection());
		var nominator = people.employee("Nina");
		var nominee = people.employee("Noah");
		String link = "/nominations/" + NOMINATION_IDS.incrementAndGet();

		publish(new LeaderNominated(nominationId(link), nominee.id(), nominator.id()));

		awaitNotification(appOnly, link);
		await().atMost(Duration.ofSeconds(10)).until(() -> !mailTo(emailOnly, link).isEmpty());
		assertThat(mailTo(appOnly, link)).isEmpty();
		assertThat(inbox(emailOnly)).isEmpty();
	}

	@Test
	void theNominatorHearsOfADeclineAndTheLeaderOfTheAppointment() {
		var nominator = people.employee("Nadia");
		var nominee = people.employee("Ido <Nominee>");
		var leader = people.employee("Lea Leader");
		String declined = "/nominations/" + NOMINATION_IDS.incrementAndGet();
		String profile = "/people/" + leader.id();

		publish(new NominationDeclined(nominationId(declined), nominee.id(), nominator.id()));
		publish(new LeaderAppointed(leader.id(), NOMINATION_IDS.incrementAndGet(), leader.id(), null, LocalDate.now(), null));

		var decline = awaitNotification(nominator, declined);
		assertThat(decline.kind()).isEqualTo("nomination.declined");
		assertThat(decline.args()).containsExactly("Ido <Nominee>");
		assertThat(single(mailTo(nominator, declined)).bodyHtml()).contains("Ido &lt;Nominee&gt;");
		assertThat(awaitNotification(leader, profile).kind()).isEqualTo("leader.appointed");
		assertThat(single(mailTo(leader, profile)).subject()).isEqualTo("You are now a knowledge leader");
	}

	@Test
	void aNewcomerIsWelcomedInAgoraButNotByEmail() {
		var newcomer = people.employee("Nir Newcomer");

		publish(new PersonJoined(newcomer.id(), null));

		var welcome = awaitNotification(newcomer, "/me");
		assertThat(welcome.kind()).isEqualTo("welcome");
		assertThat(welcome.args()).containsExactly("Nir Newcomer");
		assertThat(mailTo(newcomer, "/me")).isEmpty();
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	/** Waits for the listener, which runs after the publishing transaction commits. */
	private Notification awaitNotification(TestPerson person, String link) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> inbox(person).stream().filter(n -> n.link().equals(link)).findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private List<Notification> inbox(TestPerson person) {
		return notifications.page(person.id(), 0).items();
	}

	/** The person's emails that link to the path. */
	private List<Mail> mailTo(TestPerson person, String link) {
		return jdbc.sql("select subject, body_text, body_html, status from platform_mail where recipient = :to")
			.param("to", person.email())
			.query(Mail.class)
			.list()
			.stream()
			.filter(mail -> mail.bodyText().contains(link + "\n"))
			.toList();
	}

	private static long nominationId(String link) {
		return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
	}

	private static Mail single(List<Mail> mails) {
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}
}
