package org.agora.discussions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

import org.agora.platform.outbound.OutboundAllowlist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Feed sources fill the curation queue through the outgoing-fetch guard: a loopback feed is refused until an admin
 * allowlists the host (removed again after each test), entries become pending items once, with plain-text summaries,
 * and a feed with an external entity is not read.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RadarFeedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboundAllowlist allowlist;

	@Autowired
	RadarJobs jobs;

	HttpServer server;

	DiscussionsTestData.Person manager;

	String tag;

	@BeforeEach
	void setUp() throws IOException {
		manager = new DiscussionsTestData(jdbc).manager("Mira Manager");
		tag = DiscussionsTestData.unique();
		server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
		serve("/rss.xml", "application/rss+xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>KM news</title><link>https://km-news.example/</link>
				<description>news</description>
				<item><title>Retention &amp; handover %1$s</title><link>https://km-news.example/%1$s/retention</link>
				<description><![CDATA[<p>How <b>utilities</b> keep knowledge.<script>alert(1)</script></p>]]></description></item>
				<item><title>AAR basics %1$s</title><link>https://km-news.example/%1$s/aar</link>
				<description>Four questions after every event.</description></item>
				<item><title>Bad link %1$s</title><link>javascript:alert(1)</link></item>
				</channel></rss>""".formatted(tag));
		serve("/atom.xml", "application/atom+xml", """
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom KM</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated>
				<entry><title>Atom entry %1$s</title><link href="https://atom.example/%1$s/one"/><id>urn:1</id>
				<updated>2026-01-01T00:00:00Z</updated><summary>Short summary</summary></entry>
				</feed>""".formatted(tag));
		serve("/xxe.xml", "application/rss+xml", """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<rss version="2.0"><channel><title>x</title><link>https://x.example/</link><description>d</description>
				<item><title>&secret;</title><link>https://xxe.example/%1$s</link></item></channel></rss>""".formatted(tag));
		server.start();
	}

	@AfterEach
	void tearDown() {
		server.stop(0);
		allowlist.remove("127.0.0.1");
		jdbc.sql("update discussions_radar_source set enabled = false where feed_url like :u")
			.param("u", "http://127.0.0.1:" + server.getAddress().getPort() + "/%")
			.update();
	}

	@Test
	void aLoopbackFeedIsAClearFormErrorUntilAllowlisted() throws Exception {
		mvc.perform(post("/radar/sources").with(csrf())
			.with(manager.signedIn())
			.param("name", "Loopback " + tag)
			.param("feedUrl", url("/rss.xml")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Agora may not fetch this address")))
			.andExpect(content().string(containsString("loopback")))
			.andExpect(content().string(containsString("value=\"Loopback " + tag + "\"")));
		assertThat(jdbc.sql("select count(*) from discussions_radar_source where name = :n")
			.param("n", "Loopback " + tag)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void fetchingAnAllowlistedFeedQueuesItsNewEntriesOnce() throws Exception {
		allowlist.add("127.0.0.1");
		long source = addSource("/rss.xml");

		mvc.perform(post("/radar/sources/" + source + "/fetch").with(csrf()).with(manager.signedIn()))
			.andExpect(redirectedUrl("/radar/sources"))
			.andExpect(flash().attribute("saved", "dradar.flash.fetched"));
		mvc.perform(post("/radar/sources/" + source + "/fetch").with(csrf()).with(manager.signedIn()));

		assertThat(jdbc.sql("select count(*) from discussions_radar_item where source_id = :s and status = 'PENDING'")
			.param("s", source)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select summary from discussions_radar_item where url = :u")
			.param("u", "https://km-news.example/" + tag + "/retention")
			.query(String.class)
			.single()).isEqualTo("How utilities keep knowledge.");
		mvc.perform(get("/radar/queue").with(manager.signedIn()))
			.andExpect(content().string(containsString("Retention &amp; handover " + tag)))
			.andExpect(content().string(containsString("AAR basics " + tag)));
		mvc.perform(get("/radar/sources").with(manager.signedIn()))
			.andExpect(content().string(containsString("Loop feed " + tag)));
		assertThat(jdbc.sql("select last_fetched_at is not null and last_error is null from discussions_radar_source where id = :s")
			.param("s", source)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void theJobFetchesEnabledSourcesOnly() throws Exception {
		allowlist.add("127.0.0.1");
		long atom = addSource("/atom.xml");
		long disabled = addSource("/rss.xml");
		mvc.perform(post("/radar/sources/" + disabled + "/disable").with(csrf()).with(manager.signedIn()))
			.andExpect(redirectedUrl("/radar/sources"));

		jobs.fetchAll();

		assertThat(count(atom)).isEqualTo(1);
		assertThat(count(disabled)).isZero();
		assertThat(jdbc.sql("select summary from discussions_radar_item where source_id = :s")
			.param("s", atom)
			.query(String.class)
			.single()).isEqualTo("Short summary");
	}

	@Test
	void aFeedWithAnExternalEntityIsNotRead() throws Exception {
		allowlist.add("127.0.0.1");
		long source = addSource("/xxe.xml");

		mvc.perform(post("/radar/sources/" + source + "/fetch").with(csrf()).with(manager.signedIn()))
			.andExpect(flash().attribute("failed", "dradar.flash.fetchFailed"));

		assertThat(count(source)).isZero();
		assertThat(jdbc.sql("select last_error from discussions_radar_source where id = :s")
			.param("s", source)
			.query(String.class)
			.single()).startsWith("The feed could not be read");
	}

	@Test
	void afterTheAllowlistEntryIsRemovedTheFeedIsRefusedAgain() throws Exception {
		allowlist.add("127.0.0.1");
		long source = addSource("/rss.xml");
		allowlist.remove("127.0.0.1");

		mvc.perform(post("/radar/sources/" + source + "/fetch").with(csrf()).with(manager.signedIn()))
			.andExpect(flash().attribute("failed", "dradar.flash.fetchFailed"));

		assertThat(count(source)).isZero();
		assertThat(jdbc.sql("select last_error from discussions_radar_source where id = :s")
			.param("s", source)
			.query(String.class)
			.single()).contains("loopback");
	}

	@Test
	void onlyManagersManageSources() throws Exception {
		var employee = new DiscussionsTestData(jdbc).employee("Eden Employee");

		mvc.perform(get("/radar/sources").with(employee.signedIn())).andExpect(status().isForbidden());
		mvc.perform(post("/radar/sources").with(csrf())
			.with(employee.signedIn())
			.param("name", "x")
			.param("feedUrl", "https://x.example/feed")).andExpect(status().isForbidden());
		mvc.perform(post("/radar/sources/1/fetch").with(csrf()).with(employee.signedIn()))
			.andExpect(status().isForbidden());
	}

	private long addSource(String path) throws Exception {
		mvc.perform(post("/radar/sources").with(csrf())
			.with(manager.signedIn())
			.param("name", "Loop feed " + tag)
			.param("feedUrl", url(path))).andExpect(redirectedUrl("/radar/sources"));
		return jdbc.sql("select max(id) from discussions_radar_source where feed_url = :u")
			.param("u", url(path))
			.query(Long.class)
			.single();
	}

	private long count(long source) {
		return jdbc.sql("select count(*) from discussions_radar_item where source_id = :s")
			.param("s", source)
			.query(Long.class)
			.single();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	private void serve(String path, String type, String body) {
		server.createContext(path, exchange -> {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", type);
			exchange.sendResponseHeaders(200, bytes.length);
			try (var out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
	}
}
