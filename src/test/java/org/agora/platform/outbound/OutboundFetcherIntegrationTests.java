package org.agora.platform.outbound;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.agora.platform.outbound.OutboundRefusedException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every outgoing fetch refuses loopback, private, link-local and metadata addresses, also in disguise, after DNS and
 * after a redirect, unless an admin allowlisted the host; and it keeps to its size cap and timeouts. The server is a
 * real one on loopback, so a refusal is the guard's doing, not a failed connection.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutboundFetcherIntegrationTests {

	@Autowired
	OutboundFetcher fetcher;

	@Autowired
	OutboundAllowlist allowlist;

	LoopbackServer server;

	@BeforeEach
	void start() throws Exception {
		server = new LoopbackServer().on("/feed", LoopbackServer.text("application/rss+xml", "<rss/>"));
	}

	@AfterEach
	void stop() {
		server.close();
		allowlist.remove("127.0.0.1");
		allowlist.remove("localhost");
	}

	@Test
	void loopbackIsRefusedWhenNotAllowlisted() {
		assertRefused(server.url("/feed"), Reason.ADDRESS, "loopback");
		assertRefused("http://localhost:" + server.port() + "/feed", Reason.ADDRESS, "loopback");
		assertRefused("http://[::1]:" + server.port() + "/feed", Reason.ADDRESS, "");
		assertRefused("http://LOCALHOST.:" + server.port() + "/feed", Reason.ADDRESS, "");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://2130706433/", "http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://0x7f000001/",
			"http://127.1/", "http://017700000001/", "http://127.0.0.01/" })
	void addressesInUnusualFormsAreRefused(String url) {
		assertRefused(url, Reason.HOST, "unusual form");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/",
			"http://[::ffff:127.0.0.1]/", "http://[::ffff:169.254.169.254]/", "http://10.1.2.3/", "http://[::]/",
			"http://0.0.0.0/", "https://192.168.0.1/", "http://100.64.1.1/", "http://[fe80::1]/" })
	void internalAndMetadataAddressesAreRefused(String url) {
		assertRefused(url, Reason.ADDRESS, "");
	}

	@Test
	void metadataNamesAreRefusedBeforeAnyLookup() {
		assertRefused("http://metadata.google.internal/computeMetadata/v1/", Reason.HOST, "metadata");
	}

	@ParameterizedTest
	@ValueSource(strings = { "file:///etc/passwd", "ftp://example.org/feed", "javascript:alert(1)",
			"gopher://127.0.0.1:25/", "http:///nohost", "http://user:pw@example.org/", "not a url" })
	void onlyPlainHttpAndHttpsUrlsAreFetched(String url) {
		assertRefused(url, Reason.SCHEME, "");
	}

	@Test
	void everyForbiddenRangeIsNamed() throws Exception {
		for (String address : new String[] { "127.0.0.1", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1",
				"100.64.0.1", "100.127.255.255", "169.254.169.254", "0.0.0.0", "0.1.2.3", "255.255.255.255",
				"224.0.0.1", "239.255.255.250", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "::ffff:10.0.0.1",
				"::127.0.0.1", "::10.0.0.1", "64:ff9b::7f00:1", "ff02::1", "fec0::1" }) {
			assertThat(AddressGuard.forbidden(InetAddress.getByName(address))).as(address).isNotNull();
		}
		for (String address : new String[] { "93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1",
				"2606:4700:4700::1111", "::ffff:8.8.8.8" }) {
			assertThat(AddressGuard.forbidden(InetAddress.getByName(address))).as(address).isNull();
		}
	}

	@Test
	void anAllowlistedHostIsFetched() {
		allowlist.add("127.0.0.1");

		var fetched = fetcher.get(server.url("/feed"), OutboundFetcher.FEED_TYPES);

		assertThat(fetched.status()).isEqualTo(200);
		assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
	}

	@Test
	void aRedirectFromAnAllowlistedServerToAPrivateAddressIsRefused() {
		allowlist.add("127.0.0.1");
		server.on("/to-localhost", LoopbackServer.redirect("http://localhost:" + server.port() + "/feed"))
			.on("/to-metadata", LoopbackServer.redirect("http://169.254.169.254/latest/meta-data/"))
			.on("/to-decimal", LoopbackServer.redirect("http://2130706433:" + server.port() + "/feed"));

		assertRefused(server.url("/to-localhost"), Reason.ADDRESS, "localhost");
		assertRefused(server.url("/to-metadata"), Reason.ADDRESS, "169.254.169.254");
		assertRefused(server.url("/to-decimal"), Reason.HOST, "unusual form");
	}

	@Test
	void redirectsAreFollowedWithinTheLimit() {
		allowlist.add("127.0.0.1");
		server.on("/one", LoopbackServer.redirect("/feed")).on("/loop", LoopbackServer.redirect("/loop"));

		assertThat(fetcher.get(server.url("/one"), OutboundFetcher.FEED_TYPES).status()).isEqualTo(200);
		assertRefused(server.url("/loop"), Reason.REDIRECTS, "more than 5 redirects");
	}

	@Test
	void anAnswerOverTheSizeCapIsRefused() {
		allowlist.add("127.0.0.1");
		byte[] big = new byte[OutboundFetcher.MAX_BYTES + 1];
		server.on("/big", exchange -> LoopbackServer.send(exchange, 200, "application/rss+xml", big, false))
			.on("/big-chunked", exchange -> LoopbackServer.send(exchange, 200, "application/rss+xml", big, true))
			.on("/just-right", exchange -> LoopbackServer.send(exchange, 200, "application/rss+xml",
					new byte[OutboundFetcher.MAX_BYTES], true));

		assertRefused(server.url("/big"), Reason.TOO_LARGE, "larger than");
		assertRefused(server.url("/big-chunked"), Reason.TOO_LARGE, "larger than");
		assertThat(fetcher.get(server.url("/just-right"), Set.of()).body()).hasSize(OutboundFetcher.MAX_BYTES);
	}

	@Test
	void anotherContentTypeThanAFeedIsRefused() {
		allowlist.add("127.0.0.1");
		server.on("/page", LoopbackServer.text("text/html; charset=utf-8", "<html></html>"));

		assertRefused(server.url("/page"), Reason.CONTENT_TYPE, "text/html");
		assertThat(fetcher.get(server.url("/page"), Set.of()).status()).isEqualTo(200);
	}

	@Test
	void aServerThatDoesNotAnswerTimesOut() throws Exception {
		allowlist.add("127.0.0.1");
		var release = new CountDownLatch(1);
		server.on("/slow", exchange -> {
			try {
				release.await(30, TimeUnit.SECONDS);
				LoopbackServer.send(exchange, 200, "application/rss+xml", new byte[0], false);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		var impatient = fetcher.withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300));
		try {
			assertThatThrownBy(() -> impatient.get(server.url("/slow"), Set.of()))
				.isInstanceOfSatisfying(OutboundRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void anErrorStatusIsReported() {
		allowlist.add("127.0.0.1");
		server.on("/gone", exchange -> LoopbackServer.send(exchange, 404, "text/plain", new byte[0], false));

		assertRefused(server.url("/gone"), Reason.STATUS, "404");
	}

	private void assertRefused(String url, Reason reason, String text) {
		assertThatThrownBy(() -> fetcher.get(url, OutboundFetcher.FEED_TYPES))
			.isInstanceOfSatisfying(OutboundRefusedException.class, e -> {
				assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
				assertThat(e.getMessage()).contains(text);
			});
	}
}
