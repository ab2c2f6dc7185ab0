package org.agora.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What every page needs beside its own data: the viewer, their language and direction, messages, dates,
 * navigation and the CSRF token.
 */
public final class Ui {

	private final HttpServletRequest request;

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	private final AgoraPrincipal user;

	private final List<Navigation> navigation;

	private final boolean singleSignOn;

	private final java.util.function.Supplier<String> organization;

	private List<NavItem> nav;

	Ui(HttpServletRequest request, MessageSource messages, Locale locale, ZoneId zone, AgoraPrincipal user,
			List<Navigation> navigation, boolean singleSignOn, java.util.function.Supplier<String> organization) {
		this.singleSignOn = singleSignOn;
		this.organization = organization;
		this.request = request;
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
		this.user = user;
		this.navigation = navigation;
	}

	public String t(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** The message for key, or for fallbackKey when key has none. */
	public String tOr(String key, String fallbackKey, Object... args) {
		return messages.getMessage(key, args, messages.getMessage(fallbackKey, args, fallbackKey, locale), locale);
	}

	/** A query parameter of the current request. */
	public String param(String name) {
		return request.getParameter(name);
	}

	/** The organization's name, as the admins set it. */
	public String organization() {
		return organization.get();
	}

	public boolean singleSignOn() {
		return singleSignOn;
	}

	public Locale locale() {
		return locale;
	}

	public String lang() {
		return locale.getLanguage();
	}

	public boolean rtl() {
		return "he".equals(locale.getLanguage()) || "iw".equals(locale.getLanguage());
	}

	public String dir() {
		return rtl() ? "rtl" : "ltr";
	}

	public AgoraPrincipal user() {
		return user;
	}

	public boolean signedIn() {
		return user != null;
	}

	public boolean has(Role role) {
		return user != null && user.has(role);
	}

	/** True for a guest who holds no other role, and so may not open the directory. */
	public boolean guestOnly() {
		return user != null && user.roles().equals(Set.of(Role.GUEST));
	}

	public boolean manager() {
		return user != null && user.isManager();
	}

	public String path() {
		return request.getRequestURI();
	}

	/** The current page in the other language, or the nearest page that can be shown again (see LanguageSwitch). */
	public String switchLanguageHref() {
		return LanguageSwitch.href(request, rtl() ? "en" : "he");
	}

	/**
	 * A link to path with query parameters given as name, value, name, value…; each value is percent-encoded, and
	 * null or blank values are left out.
	 */
	public String url(String path, Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Query parameters come in name, value pairs");
		}
		var link = UriComponentsBuilder.fromPath(path);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			String text = value instanceof Enum<?> e ? e.name() : value == null ? null : value.toString();
			if (text != null && !text.isBlank()) {
				link.queryParam(encode(namesAndValues[i].toString()), encode(text));
			}
		}
		return link.build(true).toUriString();
	}

	private static String encode(String text) {
		// strict, so that a value's "&", "=", "+" or "#" cannot change the query
		return UriUtils.encode(text, StandardCharsets.UTF_8);
	}

	public List<NavItem> nav() {
		if (nav == null) {
			nav = user == null ? List.of()
					: navigation.stream()
						.flatMap(n -> n.items(user).stream())
						.sorted(Comparator.comparingInt(NavItem::order))
						.toList();
		}
		return nav;
	}

	public boolean active(NavItem item) {
		String path = path();
		return path.equals(item.href()) || (!"/".equals(item.href()) && path.startsWith(item.href() + "/"));
	}

	public CsrfToken csrf() {
		return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
	}

	public String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	public String date(Instant instant) {
		return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
	}

	public String dateTime(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale)
					.format(instant.atZone(zone));
	}

	/** The time zone this page shows times in: the viewer's own, or the organization's. */
	public ZoneId zone() {
		return zone;
	}

	/** The time of day of an instant, in the viewer's time zone. */
	public String time(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(instant.atZone(zone));
	}

	public String number(long value) {
		return java.text.NumberFormat.getIntegerInstance(locale).format(value);
	}
}
