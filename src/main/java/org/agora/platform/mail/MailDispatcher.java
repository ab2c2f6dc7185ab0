package org.agora.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;

import org.agora.platform.AgoraProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Delivers queued messages over SMTP, when SMTP is configured. */
@Component
@ConditionalOnBean(JavaMailSender.class)
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final JdbcClient jdbc;

	private final JavaMailSender sender;

	private final AgoraProperties properties;

	private final Clock clock;

	MailDispatcher(JdbcClient jdbc, JavaMailSender sender, AgoraProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelay = 10_000)
	void dispatch() {
		var pending = jdbc.sql("select id, recipient, subject, body_text, body_html, unsubscribe_url from platform_mail"
				+ " where status = 'PENDING' order by id fetch first 50 rows only")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6) })
			.list();
		for (var mail : pending) {
			try {
				var message = sender.createMimeMessage();
				var helper = new MimeMessageHelper(message, true, "UTF-8");
				helper.setFrom(properties.mailFrom());
				helper.setTo((String) mail[1]);
				helper.setSubject((String) mail[2]);
				helper.setText((String) mail[3], (String) mail[4]);
				if (mail[5] != null) {
					message.setHeader("List-Unsubscribe", "<" + mail[5] + ">");
					message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
				}
				sender.send(message);
				mark((Long) mail[0], "SENT", null);
			}
			catch (Exception e) {
				log.warn("Could not send mail {}: {}", mail[0], e.getMessage());
				mark((Long) mail[0], "FAILED", e.getMessage());
			}
		}
	}

	private void mark(long id, String status, String error) {
		jdbc.sql("update platform_mail set status = :status, sent_at = :now, error = :error where id = :id")
			.param("status", status)
			.param("now", Timestamp.from(clock.instant()))
			.param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
			.param("id", id)
			.update();
	}
}
