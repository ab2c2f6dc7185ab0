package org.agora.platform.mail;

import java.time.Clock;

import org.agora.platform.AgoraProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends email through an outbox: a message is written in the caller's transaction and delivered after it
 * commits, so no email goes out for work that was rolled back. Without SMTP settings messages stay in the
 * outbox, where admins can read them.
 */
@Component
public class Mailer {

	static final String PENDING = "PENDING";

	static final String HELD = "HELD";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AgoraProperties properties;

	private final boolean smtp;

	Mailer(JdbcClient jdbc, Clock clock, AgoraProperties properties, ObjectProvider<JavaMailSender> sender) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.smtp = sender.getIfAvailable() != null;
	}

	/**
	 * Queues a message. The body is plain text written by Agora; {@code userText} parts are already inside
	 * it and are escaped for the HTML version here.
	 *
	 * @param unsubscribePath the path of the one-click unsubscribe link this message carries
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void send(String to, String subject, String body, String unsubscribePath) {
		String unsubscribe = properties.link(unsubscribePath);
		String text = body + "\n\n--\n" + "Unsubscribe / ביטול הרשמה: " + unsubscribe + "\n";
		String html = "<div dir=\"auto\" style=\"white-space:pre-wrap\">" + HtmlUtils.htmlEscape(body)
				+ "</div><hr><p><a href=\"" + HtmlUtils.htmlEscape(unsubscribe) + "\">Unsubscribe / ביטול הרשמה</a></p>";
		jdbc.sql("""
				insert into platform_mail (recipient, subject, body_text, body_html, created_at, status, unsubscribe_url)
				values (:to, :subject, :text, :html, :now, :status, :unsubscribe)""")
			.param("to", to)
			.param("subject", subject.replaceAll("[\\r\\n]+", " "))
			.param("text", text)
			.param("html", html)
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("status", smtp ? PENDING : HELD)
			.param("unsubscribe", unsubscribe)
			.update();
	}
}
