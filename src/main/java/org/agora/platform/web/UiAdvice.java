package org.agora.platform.web;

import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.settings.Settings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its {@link Ui}. */
@ControllerAdvice
class UiAdvice {

	private final MessageSource messages;

	private final List<Navigation> navigation;

	private final ZoneId zone;

	private final boolean singleSignOn;

	private final Settings settings;

	UiAdvice(MessageSource messages, List<Navigation> navigation, @Value("${agora.time-zone:UTC}") ZoneId zone,
			ObjectProvider<ClientRegistrationRepository> sso, org.agora.platform.settings.Settings settings) {
		this.settings = settings;
		this.singleSignOn = sso.getIfAvailable() != null;
		this.messages = new MemoizedMessages(messages);
		this.navigation = navigation;
		this.zone = zone;
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request) {
		var user = currentUser();
		return new Ui(request, messages, LocaleContextHolder.getLocale(),
				user != null && user.zone() != null ? user.zone() : zone, user, navigation, singleSignOn,
				() -> settings.find(Settings.ORGANIZATION_NAME).orElse(null));
	}

	static AgoraPrincipal currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof AgoraPrincipal principal ? principal
				: null;
	}
}
