package org.agora.platform.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.agora.platform.AgoraProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** Queued mail goes out over SMTP once, with its unsubscribe headers, and is retried when the server fails. */
@SpringBootTest
@AutoConfigureMockMvc
class MailDispatcherIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgoraProperties properties;

	@Autowired
	Clock clock;

	@Test
	void aQueuedMessageIsSentOnceWithOneClickUnsubscribeHeaders() throws MessagingException {
		long id = queue();
		var smtp = new RecordingSender(false);

		dispatcher(smtp).dispatch();
		dispatcher(smtp).dispatch();

		assertThat(smtp.sent).hasSize(1);
		assertThat(smtp.sent.get(0).getHeader("List-Unsubscribe")[0]).startsWith("<http://localhost:8080/unsubscribe?token=");
		assertThat(smtp.sent.get(0).getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(status(id)).isEqualTo("SENT");
	}

	@Test
	void aFailingServerIsTriedAgainAndThenTheMessageCountsAsFailed() {
		long id = queue();
		var smtp = new RecordingSender(true);

		dispatcher(smtp).dispatch();
		assertThat(status(id)).isEqualTo("PENDING");
		for (int i = 1; i < MailDispatcher.MAX_ATTEMPTS; i++) {
			dispatcher(smtp).dispatch();
		}
		assertThat(status(id)).isEqualTo("FAILED");
	}

	@Test
	void sentMessagesShowTheirSecretLinksMaskedInTheOutbox() {
		String body = "Open http://localhost:8080/password/reset?token=abc_DEF-123 within 60 minutes";
		assertThat(MailOutboxController.redacted(body, "SENT")).doesNotContain("abc_DEF-123").contains("token=…");
		assertThat(MailOutboxController.redacted(body, "HELD")).contains("abc_DEF-123");
	}

	private MailDispatcher dispatcher(JavaMailSender sender) {
		var beans = new StaticListableBeanFactory(Map.of("sender", sender));
		return new MailDispatcher(jdbc, beans.getBeanProvider(JavaMailSender.class), properties, clock);
	}

	private long queue() {
		String to = "smtp-" + UUID.randomUUID() + "@agora.example";
		jdbc.sql("""
				insert into platform_mail (recipient, subject, body_text, body_html, created_at, status, unsubscribe_url)
				values (:to, 'Hello', 'Body', '<p>Body</p>', current_timestamp, 'PENDING', :unsubscribe)""")
			.param("to", to)
			.param("unsubscribe", "http://localhost:8080/unsubscribe?token=x.y")
			.update();
		// other tests' messages may be waiting too; this test owns only its own
		jdbc.sql("update platform_mail set status = 'HELD' where status = 'PENDING' and recipient <> :to").param("to", to).update();
		return jdbc.sql("select id from platform_mail where recipient = :to").param("to", to).query(Long.class).single();
	}

	private String status(long id) {
		return jdbc.sql("select status from platform_mail where id = :id").param("id", id).query(String.class).single();
	}

	static class RecordingSender extends JavaMailSenderImpl {

		final List<MimeMessage> sent = new ArrayList<>();

		final boolean failing;

		RecordingSender(boolean failing) {
			this.failing = failing;
		}

		@Override
		public void send(MimeMessage... messages) {
			if (failing) {
				throw new MailSendException("Connection refused");
			}
			sent.addAll(List.of(messages));
		}
	}
}
