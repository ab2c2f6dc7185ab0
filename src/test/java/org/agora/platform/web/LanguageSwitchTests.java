package org.agora.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTests {

	@Test
	void aPageShownForAGetLinksToItselfWithTheOtherLanguage() {
		var request = request("GET", "/people");
		request.setQueryString("q=R%26D&lang=en&page=2");

		assertThat(LanguageSwitch.href(request, "he")).isEqualTo("/people?q=R%26D&page=2&lang=he");
	}

	@Test
	void aFormShownAgainAfterAPostLinksToThePageTheFormWasOn() {
		var request = request("POST", "/me/password");
		request.addHeader("Referer", "http://agora.example/me?tab=security");

		assertThat(LanguageSwitch.href(request, "he")).isEqualTo("/me?tab=security&lang=he");
	}

	@Test
	void aPostFromAnotherSiteOrWithoutAReferrerLinksHome() {
		var foreign = request("POST", "/me/password");
		foreign.addHeader("Referer", "https://evil.example/me");
		var unknown = request("POST", "/me/password");
		var garbled = request("POST", "/me/password");
		garbled.addHeader("Referer", "http://agora.example/a b\\c");

		assertThat(LanguageSwitch.href(foreign, "he")).isEqualTo("/?lang=he");
		assertThat(LanguageSwitch.href(unknown, "he")).isEqualTo("/?lang=he");
		assertThat(LanguageSwitch.href(garbled, "he")).isEqualTo("/?lang=he");
	}

	@Test
	void aFormSentAgainFromItsOwnErrorPageLinksHomeRatherThanToThePostOnlyAddress() {
		var request = request("POST", "/me/password");
		request.addHeader("Referer", "http://agora.example/me/password");

		assertThat(LanguageSwitch.href(request, "en")).isEqualTo("/?lang=en");
	}

	@Test
	void aPathABrowserWouldReadAsAnotherHostIsNeverLinked() {
		var request = request("GET", "//evil.example/x");

		assertThat(LanguageSwitch.href(request, "he")).isEqualTo("/?lang=he");
	}

	@Test
	void anErrorPageLinksToTheFailedPageWhenItWasAGetAndHomeOtherwise() {
		var failedGet = errorDispatch("GET", "/people/999", "lang=en");
		var failedPost = errorDispatch("POST", "/me/tokens", null);

		assertThat(LanguageSwitch.href(failedGet, "he")).isEqualTo("/people/999?lang=he");
		assertThat(LanguageSwitch.href(failedPost, "he")).isEqualTo("/?lang=he");
	}

	private static MockHttpServletRequest request(String method, String uri) {
		var request = new MockHttpServletRequest(method, uri);
		request.setServerName("agora.example");
		return request;
	}

	private static MockHttpServletRequest errorDispatch(String method, String failedUri, String failedQuery) {
		var request = request(method, "/error");
		request.setDispatcherType(DispatcherType.ERROR);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, failedUri);
		request.setAttribute(RequestDispatcher.ERROR_METHOD, method);
		request.setAttribute(RequestDispatcher.ERROR_QUERY_STRING, failedQuery);
		return request;
	}
}
