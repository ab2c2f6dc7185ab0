package org.agora.discussions;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before a notice goes out, the discussions module says for whom the thread is visible: all of them at once, in the
 * same number of statements for three people as for thirty, and only those the policy lets see it.
 */
@SpringBootTest
class NoticeFanOutIntegrationTests {

	@Autowired
	Discussions discussions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPrivateThreadIsForItsMembersOnly() {
		var data = new DiscussionsTestData(jdbc);
		var space = data.space(SpaceKind.PRIVATE);
		var author = data.leader("Fan-out Author");
		var member = data.employee("Fan-out Member");
		var outsider = data.employee("Fan-out Outsider");
		var inactive = data.employee("Fan-out Inactive");
		data.member(space, author);
		data.member(space, member);
		data.member(space, inactive);
		jdbc.sql("update people_person set active = false where id = :id").param("id", inactive.id()).update();
		long thread = data.thread(space, author, ThreadKind.DISCUSSION, "Members only fan-out", "body").id();

		var readers = discussions.threadFor(List.of(member.id(), outsider.id(), inactive.id(), -1L), thread);

		assertThat(readers).containsOnlyKeys(member.id());
		assertThat(readers.get(member.id()).title()).isEqualTo("Members only fan-out");
		assertThat(readers.get(member.id()).path()).startsWith("/discussions/t/" + thread + "-");
		assertThat(discussions.threadFor(List.of(member.id()), -5L)).isEmpty();
	}

	@Test
	void readsTheSameNumberOfStatementsForFewAndManyPeople() {
		var data = new DiscussionsTestData(jdbc);
		var space = data.space(SpaceKind.TOPIC);
		var author = data.leader("Counting Fan-out Author");
		long thread = data.thread(space, author, ThreadKind.QUESTION, "Who hears of this?", "body").id();
		List<Long> many = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			many.add(data.employee("Counting Reader " + i).id());
		}

		int few = statements(many.subList(0, 3), thread);
		int all = statements(many, thread);

		assertThat(few).isPositive();
		assertThat(all).isEqualTo(few);
		assertThat(discussions.threadFor(many, thread)).hasSize(30);
	}

	private int statements(List<Long> people, long thread) {
		ThreadStatementCounter.start();
		int count;
		try {
			discussions.threadFor(people, thread);
		}
		finally {
			count = ThreadStatementCounter.stop();
		}
		return count;
	}
}
