package org.agora.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;

import org.agora.platform.AgoraProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers queued messages over SMTP when SMTP is configured. A message is claimed before it is sent, so two
 * nodes never send it twice; a failed delivery is tried again a few times before it counts as failed.
 */
@Component
class MailDispatcher {

	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> senders;

	private final AgoraProperties properties;

	private final Clock clock;

	MailDispatcher(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders, AgoraProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.senders = senders;
		this.properties = properties;
		this.clock = clock;
	}

	private record Queued(long id, String recipient, String subject, String text, String html, String unsubscribe,
			int attempts) {
	}

	@Scheduled(fixedDelay = 10_000, initialDelay = 10_000)
	void dispatch() {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			return;
		}
		var pending = jdbc.sql("select id, recipient, subject, body_text, body_html, unsubscribe_url, attempts"
				+ " from platform_mail where status = 'PENDING' order by id fetch first 50 rows only")
			.query((rs, n) -> new Queued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getInt(7)))
			.list();
		for (var mail : pending) {
			if (claim(mail.id())) {
				deliver(sender, mail);
			}
		}
	}

	private boolean claim(long id) {
		return jdbc.sql("update platform_mail set status = 'SENDING' where id = :id and status = 'PENDING'")
			.param("id", id)
			.update() == 1;
	}

	private void deliver(JavaMailSender sender, Queued mail) {
		try {
			var message = sender.createMimeMessage();
			var helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(properties.mailFrom());
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), mail.html());
			if (mail.unsubscribe() != null) {
				message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			sender.send(message);
			finish(mail.id(), "SENT", mail.attempts() + 1, null);
		}
		catch (Exception e) {
			int attempts = mail.attempts() + 1;
			// the message id only: the recipient's address does not belong in logs
			log.warn("Could not send mail {} (attempt {}): {}", mail.id(), attempts, e.getClass().getSimpleName());
			finish(mail.id(), attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", attempts, e.getMessage());
		}
	}

	private void finish(long id, String status, int attempts, String error) {
		jdbc.sql("update platform_mail set status = :status, attempts = :attempts, sent_at = :now, error = :error"
				+ " where id = :id")
			.param("status", status)
			.param("attempts", attempts)
			.param("now", "SENT".equals(status) ? Timestamp.from(clock.instant()) : null)
			.param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
			.param("id", id)
			.update();
	}
}
