package org.agora.learning;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import org.agora.Personas;
import org.agora.platform.search.SearchAccess;
import org.agora.platform.search.SearchSourceChecks;
import org.agora.platform.search.SearchDocument;
import org.agora.platform.search.SearchableChanged;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Lessons in search: whoever a lesson's keys let find it is whoever the learning policy and the lesson page let read
 * it, archived lessons are found by no one, and every change to a course's content reaches the index.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class LessonSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	LessonSearch source;

	@Autowired
	LessonEditor lessons;

	@Autowired
	ApplicationEvents events;

	@Test
	void whoFindsALessonIsWhoMayReadIt() throws Exception {
		var fixtures = new LearningFixtures(jdbc);
		var course = fixtures.course();
		var people = new CohortPeople(jdbc);
		var invited = people.employee("Invited Colleague");
		var invitedToClosed = people.employee("Invited Too Late");
		var enrolled = people.employee("Enrolled Colleague");
		var invitedGuest = people.person("Invited Guest", null, Role.GUEST);
		long open = fixtures.runningCohort(course.courseId());
		long closed = fixtures.cohort(course.courseId(), CohortStatus.CLOSED);
		invite(open, invited.id());
		invite(open, invitedGuest.id());
		invite(closed, invitedToClosed.id());
		fixtures.enrol(closed, enrolled.id());
		long archived = course.optionalReading();
		jdbc.sql("update learning_lesson set archived = true where id = :id").param("id", archived).update();
		var ids = List.of(course.reading(), course.quizLesson(), course.exerciseLesson(), course.reading2(), archived);

		var documents = source.find(ids);

		assertThat(documents).extracting(SearchDocument::id).containsExactlyInAnyOrder(course.reading(),
				course.quizLesson(), course.exerciseLesson(), course.reading2());
		var viewers = new LinkedHashMap<String, AccountUser>();
		Personas.BY_ROLE.forEach((role, email) -> viewers.put(role, Personas.user(users, email)));
		for (var person : List.of(invited, invitedToClosed, enrolled, invitedGuest)) {
			viewers.put(person.name(), new AccountUser(person.id(), "p" + person.id() + "@example.org", person.name(),
					person.roles(), "", true));
		}
		for (var viewer : viewers.entrySet()) {
			var user = viewer.getValue();
			var opens = new LinkedHashSet<Long>();
			for (long id : ids) {
				if (mvc.perform(get("/learning/lessons/" + id).with(signedIn(user))).andReturn().getResponse()
					.getStatus() == 200) {
					opens.add(id);
				}
			}
			var findable = new LinkedHashSet<>(opens);
			findable.remove(archived);
			assertThat(SearchSourceChecks.keyed(source, user, documents)).as(viewer.getKey()).isEqualTo(findable);
			assertThat(source.visible(user, ids)).as(viewer.getKey()).isEqualTo(opens);
		}
		assertThat(source.visible(viewers.get("EMPLOYEE"), ids)).isEmpty();
		assertThat(source.visible(viewers.get("Invited Too Late"), ids)).isEmpty();
		assertThat(source.visible(viewers.get("Invited Guest"), ids)).hasSize(4);
	}

	@Test
	void aLessonIsFoundByItsPlainWordsInBothLanguages() {
		var course = new LearningFixtures(jdbc).course();

		var document = source.find(List.of(course.reading())).get(0);

		assertThat(document.title()).isEqualTo("What knowledge is");
		assertThat(document.kind()).isEqualTo("reading");
		assertThat(document.tags()).containsExactly("Basics");
		assertThat(document.path()).isEqualTo("/learning/lessons/" + course.reading());
		assertThat(document.body()).contains("מהו ידע", "Read What knowledge is carefully.", "קראו את מהו ידע בעיון.",
				"יסודות").doesNotContain("**", "<", ">");
		assertThat(document.access()).containsExactlyInAnyOrder(SearchAccess.MANAGERS,
				SearchAccess.role(Role.KNOWLEDGE_LEADER), SearchAccess.scoped("learning", "course", course.courseId()));
	}

	@Test
	void aChangeToACoursesContentReindexesItsLessons() {
		var course = new LearningFixtures(jdbc).course();
		var manager = Personas.user(users, Personas.MANAGER);

		lessons.archive(manager, course.reading2(), true);

		assertThat(events.stream(SearchableChanged.class).filter(e -> e.type().equals("lesson"))
			.flatMap(e -> e.ids().stream())).contains(course.reading(), course.reading2(), course.optionalReading());
		assertThat(source.find(List.of(course.reading2()))).isEmpty();
	}

	@Test
	void theRebuildGivesTheSameDocumentsAsFind() {
		var course = new LearningFixtures(jdbc).course();
		var ids = List.of(course.reading(), course.quizLesson());
		SearchSourceChecks.rebuildAgreesWithFind(source, ids);
	}

	private void invite(long cohort, long person) {
		jdbc.sql("insert into learning_invitation (cohort_id, person_id, invited_at) values (:c, :p, current_timestamp)")
			.param("c", cohort)
			.param("p", person)
			.update();
	}


	private static RequestPostProcessor signedIn(AccountUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}
}
