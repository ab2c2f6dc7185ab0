package org.agora.search;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.agora.Personas;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One of each thing search tells apart, made through the modules' pages and APIs by the people who would make them:
 * a discussion with a reply, a question with an accepted answer, a hidden thread and a hidden reply in a topic space; a
 * thread and a reply in a private space; events for employees and for leaders, a cancelled one and a joint one with a
 * guest invited; a profile; articles of a newly appointed leader: a draft with the {@link #AUTHOR} as contributor, a published one,
 * an archived one, and one in review by the demo knowledge leader. Every title holds the {@link #marker} and a word of
 * the item's own; the private thread and reply hold the {@link #secret} in their text.
 */
final class AgreementTestSet {

	/** A guest from a partner community, invited to the private space and the joint event. */
	static final String MEMBER = "private space's member";

	/** An employee whose thread and reply were hidden by a moderator. */
	static final String AUTHOR = "hidden thread's author";

	/** A new knowledge leader, who writes the set's articles. */
	static final String OWNER = "articles' owner";

	/** How the event form and API take local times. */
	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** A thing of the set: its search type and id, and the page it is shown on. */
	record Item(String name, String type, long id, String path) {

		String key() {
			return type + ":" + id;
		}
	}

	private record Person(long id, String email, RequestPostProcessor signedIn) {
	}

	final String marker = SearchApiIntegrationTests.randomLetters(10);

	final String secret = SearchApiIntegrationTests.randomLetters(10);

	/** The private thread's own title word. */
	final String privateTitle = SearchApiIntegrationTests.randomLetters(10);

	/** A word of the private space's name. */
	final String privateSpace = SearchApiIntegrationTests.randomLetters(10);

	final List<Item> items = new ArrayList<>();

	/**
	 * Who searches, by name: the demo personas by role, then the {@link #MEMBER}, the {@link #AUTHOR} and the
	 * {@link #OWNER}.
	 */
	final Map<String, RequestPostProcessor> viewers = new LinkedHashMap<>();

	private final Map<Long, Long> openings = new HashMap<>();

	private final MockMvc mvc;

	private final RequestPostProcessor admin;

	private final RequestPostProcessor manager;

	private AgreementTestSet(MockMvc mvc, UserDetailsService users) {
		this.mvc = mvc;
		Personas.BY_ROLE.forEach((role, email) -> viewers.put(role, Personas.as(users, email)));
		this.admin = viewers.get("ADMIN");
		this.manager = viewers.get("COMMUNITY_MANAGER");
	}

	static AgreementTestSet build(MockMvc mvc, UserDetailsService users) throws Exception {
		var set = new AgreementTestSet(mvc, users);
		set.build();
		return set;
	}

	Item item(String name) {
		return items.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
	}

	private void build() throws Exception {
		var member = person("Partner Member", Role.GUEST);
		var author = person("Hidden Author", Role.EMPLOYEE);
		var writer = person("Thread Writer", Role.EMPLOYEE);
		var owner = leader("Article Owner");
		viewers.put(MEMBER, member.signedIn());
		viewers.put(AUTHOR, author.signedIn());
		viewers.put(OWNER, owner.signedIn());

		String topics = space("Agreement topics", "TOPIC");
		long discussion = thread("discussion", writer, topics, "DISCUSSION");
		reply("reply", author, discussion);
		hide(reply("hidden reply", author, discussion));
		long question = thread("question", writer, topics, "QUESTION");
		long answer = reply("answer", author, question);
		send(post("/api/v1/threads/" + question + "/accepted-answer"), writer.signedIn(),
				"{\"postId\": " + answer + "}");
		hide(opening(thread("hidden thread", author, topics, "DISCUSSION")));

		String closed = space("Private " + privateSpace, "PRIVATE");
		submit("/discussions/s/" + closed + "/members/invite", manager, "email", member.email());
		submit("/discussions/s/" + closed + "/invitation/accept", member.signedIn());
		long secretThread = thread("private thread", privateTitle, "Only members read " + secret + ".", member, closed,
				"DISCUSSION");
		reply("private reply", member, secretThread, "The " + secret + " once more");

		event("event for employees", "EMPLOYEES", "LECTURE");
		event("event for leaders", "LEADERS", "WORKSHOP");
		send(delete("/api/v1/events/" + event("cancelled event", "EMPLOYEES", "LECTURE").id()), manager, "{}");
		long joint = event("joint event", "INVITED", "JOINT_EVENT").id();
		submit("/calendar/events/" + joint + "/invitations", manager, "emails", member.email());

		String word = SearchApiIntegrationTests.randomLetters(10);
		submit("/me", writer.signedIn(), "fullName", "Writer " + marker + " " + word, "jobTitle", "Analyst",
				"languages", "English", "expertise", "", "bio", "Writes about " + marker + " often.", "locale", "en",
				"timeZone", "");
		items.add(new Item("profile", "person", writer.id(), "/people/" + writer.id()));

		article("draft article", owner, author.email());
		move(article("published article", owner, null), owner, "publish", "{}");
		long archived = article("archived article", owner, null);
		move(archived, owner, "publish", "{}");
		move(archived, owner, "archive", "{}");
		move(article("article in review", owner, null), owner, "submit",
				"{\"reviewer\": \"" + Personas.LEADER + "\"}");
	}

	/** A person made by an admin, signed in as their account reads. */
	private Person person(String name, Role role) throws Exception {
		String email = "agreement-" + SearchApiIntegrationTests.randomLetters(12) + "@agora.example";
		String page = submit("/admin/users", admin, "email", email, "fullName", name, "roles", role.name());
		long id = Long.parseLong(page.substring("/people/".length()));
		var user = new AccountUser(id, email, name, Set.of(role), "", true);
		return new Person(id, email,
				authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
	}

	/** An employee a manager nominates and appoints a knowledge leader, signed in as their account then reads. */
	private Person leader(String name) throws Exception {
		var employee = person(name, Role.EMPLOYEE);
		String nomination = submit("/nominations", manager, "nomineeId", String.valueOf(employee.id()), "reason",
				"Writes down what the team learns.");
		submit(nomination + "/decision", manager, "outcome", "accept", "startDate", LocalDate.now().toString(),
				"termMonths", "12", "hoursPerMonth", "4");
		var user = new AccountUser(employee.id(), employee.email(), name, Set.of(Role.EMPLOYEE, Role.KNOWLEDGE_LEADER),
				"", true);
		return new Person(employee.id(), employee.email(),
				authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
	}

	/** A space a manager creates; its slug. */
	private String space(String name, String kind) throws Exception {
		String slug = "agreement-" + SearchApiIntegrationTests.randomLetters(12);
		submit("/discussions/spaces", manager, "name", name, "slug", slug, "description", "", "kind", kind);
		return slug;
	}

	private long thread(String name, Person by, String space, String kind) throws Exception {
		return thread(name, SearchApiIntegrationTests.randomLetters(10), "Opening words", by, space, kind);
	}

	private long thread(String name, String word, String body, Person by, String space, String kind)
			throws Exception {
		String json = send(post("/api/v1/threads"), by.signedIn(), """
				{"space": "%s", "kind": "%s", "title": "%s %s %s", "body": "%s", "tags": []}"""
			.formatted(space, kind, marker, word, name, body));
		long id = ((Number) JsonPath.read(json, "$.thread.id")).longValue();
		items.add(new Item(name, "thread", id, JsonPath.read(json, "$.thread.path")));
		openings.put(id, ((Number) JsonPath.read(json, "$.opening.id")).longValue());
		return id;
	}

	private long opening(long thread) {
		return openings.get(thread);
	}

	private long reply(String name, Person by, long thread) throws Exception {
		return reply(name, by, thread, "A " + name + " about " + SearchApiIntegrationTests.randomLetters(10));
	}

	private long reply(String name, Person by, long thread, String body) throws Exception {
		String json = send(post("/api/v1/threads/" + thread + "/posts"), by.signedIn(),
				"{\"body\": \"" + body + "\"}");
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		items.add(new Item(name, "post", id, "/discussions/posts/" + id));
		return id;
	}

	/** A manager hides the post; an opening post hides its thread. */
	private void hide(long post) throws Exception {
		send(post("/api/v1/posts/" + post + "/hidden"), manager, "{\"reason\": \"Off topic\"}");
	}

	/** An event a manager plans, a month from now. */
	private Item event(String name, String audience, String type) throws Exception {
		var start = LocalDateTime.now().plusDays(30).truncatedTo(ChronoUnit.HOURS);
		String json = send(post("/api/v1/events"), manager, """
				{"title": "%s %s %s", "description": "Agenda", "type": "%s", "start": "%s", "end": "%s",
				 "timeZone": "UTC", "location": "Room 2", "audience": "%s",
				 "partnerOrganization": "Partner University"}"""
			.formatted(marker, SearchApiIntegrationTests.randomLetters(10), name, type,
					start.format(LOCAL), start.plusHours(2).format(LOCAL), audience));
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		var item = new Item(name, "event", id, "/calendar/events/" + id);
		items.add(item);
		return item;
	}

	/** A draft the person writes through the API, with a contributor named by email, or none. */
	private long article(String name, Person by, String contributor) throws Exception {
		String json = send(post("/api/v1/articles"), by.signedIn(), """
				{"type": "BEST_PRACTICE", "title": "%s %s %s", "body": "What we learned", "contributors": [%s]}"""
			.formatted(marker, SearchApiIntegrationTests.randomLetters(10), name,
					contributor == null ? "" : "\"" + contributor + "\""));
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		items.add(new Item(name, "article", id, JsonPath.read(json, "$.path")));
		return id;
	}

	/** Moves the article through its workflow's API. */
	private void move(long article, Person by, String move, String json) throws Exception {
		send(post("/api/v1/articles/" + article + "/" + move), by.signedIn(), json);
	}

	/** Sends JSON and expects success; the response's body. */
	private String send(MockHttpServletRequestBuilder request, RequestPostProcessor as, String json) throws Exception {
		var response = mvc.perform(request.with(csrf()).with(as).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("%s", response.getContentAsString()).isBetween(200, 299);
		return response.getContentAsString();
	}

	/** Submits a form and expects a redirect; where it leads. */
	private String submit(String url, RequestPostProcessor as, String... fields) throws Exception {
		var request = post(url).with(csrf()).with(as);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("%s %s", url, response.getErrorMessage()).isBetween(300, 399);
		return response.getRedirectedUrl();
	}
}
