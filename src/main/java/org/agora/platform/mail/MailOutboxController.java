package org.agora.platform.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.agora.platform.web.Paging;
import org.agora.platform.security.Role;
import org.agora.platform.security.RouteRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox for admins: every email Agora queued, newest first, including mail held for lack of SMTP. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
public class MailOutboxController {

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final boolean smtp;

	MailOutboxController(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender) {
		this.jdbc = jdbc;
		this.smtp = sender.getIfAvailable() != null;
	}

	/** One queued email. */
	public record Mail(long id, String recipient, String subject, String bodyText, String status, Instant createdAt,
			String error) {

		/** The Bootstrap badge colour of its status. */
		public String badge() {
			return switch (status) {
				case "SENT" -> "text-bg-success";
				case "FAILED" -> "text-bg-danger";
				default -> "text-bg-secondary";
			};
		}
	}

	/**
	 * One page of the outbox.
	 *
	 * @param page zero-based
	 * @param smtp whether mail is delivered at all
	 */
	public record Outbox(List<Mail> mails, int page, int size, long total, boolean smtp) implements Paging {
	}

	@GetMapping("/admin/mail")
	String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(0, page);
		var mails = jdbc.sql("""
				select id, recipient, subject, body_text, status, created_at, error from platform_mail
				order by created_at desc, id desc limit :size offset :offset""")
			.param("size", PAGE_SIZE)
			.param("offset", (long) current * PAGE_SIZE)
			.query(MailOutboxController::map)
			.list();
		long total = jdbc.sql("select count(*) from platform_mail").query(Long.class).single();
		model.addAttribute("outbox", new Outbox(mails, current, PAGE_SIZE, total, smtp));
		return "platform/mail";
	}

	private static Mail map(ResultSet rs, int row) throws SQLException {
		return new Mail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
				redacted(rs.getString("body_text"), rs.getString("status")),
				rs.getString("status"), rs.getTimestamp("created_at").toInstant(), rs.getString("error"));
	}

	/** Opens the outbox to admins only. */
	@Component
	static class Routes implements RouteRules {

		@Override
		public void open(
				AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
			routes.requestMatchers(HttpMethod.GET, "/admin/mail").hasRole(Role.ADMIN.name());
		}
	}

	/**
	 * Links with secrets (password resets, unsubscribe) stay readable only while a message is held for want of
	 * SMTP; once sent, the outbox shows them masked.
	 */
	static String redacted(String body, String status) {
		return Mailer.HELD.equals(status) ? body : body.replaceAll("token=[A-Za-z0-9_.~-]+", "token=…");
	}
}
