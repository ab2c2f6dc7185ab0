package org.agora.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.agora.discussions.AnswerAccepted;
import org.agora.discussions.AnswerPosted;
import org.agora.discussions.PostEdited;
import org.agora.discussions.ReplyPosted;
import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.discussions.SpaceFixtures.TestSpace;
import org.agora.discussions.SpaceFixtures.TestThread;
import org.agora.discussions.SpaceInvitationSent;
import org.agora.discussions.SpaceJoinRequested;
import org.agora.discussions.SpaceJoined;
import org.agora.discussions.SpaceKind;
import org.agora.discussions.ThreadCreated;
import org.agora.discussions.ThreadKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Discussions reach the people who follow them or are mentioned, once per event, never the actor, and only while
 * they may see the thread: a private thread's title and text never reach a non-member, in Agora or by email.
 */
@SpringBootTest
class DiscussionNotificationsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Notifications notifications;

	SpaceFixtures fixtures;

	TestPerson author;

	@BeforeEach
	void anAuthor() {
		fixtures = new SpaceFixtures(jdbc);
		author = fixtures.leader("Avigail Author");
	}

	@Test
	void aReplyReachesFollowersAndTheMentionedOnceAndNeverTheActor() {
		var space = fixtures.space(SpaceKind.TOPIC, "Replies " + SpaceFixtures.tag());
		var thread = fixtures.thread(space, author, "Reply target " + SpaceFixtures.tag());
		var follower = fixtures.employee("Fay Follower");
		var mentioned = fixtures.employee("Moti Mentioned");
		var actor = fixtures.employee("Adi Actor");
		for (var person : List.of(follower, mentioned, actor)) {
			fixtures.follow(person, "THREAD", thread.id());
		}
		long reply = fixtures.reply(thread, actor, "Hello @" + mentioned.handle());

		publish(new ReplyPosted(reply, thread.id(), space.id(), false, actor.id(), author.id(), null,
				List.of(mentioned.id(), actor.id()), Instant.now()));

		var toFollower = awaitNotification(follower, thread.path());
		assertThat(toFollower.kind()).isEqualTo("discussions.reply");
		assertThat(toFollower.args()).containsExactly("Adi Actor", thread.title());
		assertThat(about(mentioned, thread)).singleElement()
			.satisfies(n -> assertThat(n.kind()).isEqualTo("discussions.mention"));
		assertThat(about(actor, thread)).isEmpty();
		assertThat(about(author, thread)).as("the thread's author did not follow it").isEmpty();
	}

	@Test
	void aPrivateThreadNeverReachesANonMemberInAgoraOrByEmail() {
		var space = fixtures.space(SpaceKind.PRIVATE, "Closed " + SpaceFixtures.tag());
		fixtures.member(space, author);
		var member = fixtures.employee("Mali Member");
		fixtures.member(space, member);
		var outsider = fixtures.employee("Omri Outsider");
		var thread = fixtures.thread(space, author, "Confidential reorganisation " + SpaceFixtures.tag());
		fixtures.follow(outsider, "THREAD", thread.id());
		long reply = fixtures.reply(thread, author, "Secret body text for @" + outsider.handle());

		publish(new ReplyPosted(reply, thread.id(), space.id(), true, author.id(), author.id(), null,
				List.of(member.id(), outsider.id()), Instant.now()));

		var toMember = awaitNotification(member, thread.path());
		assertThat(toMember.kind()).isEqualTo("discussions.mention");
		assertThat(notifications.page(outsider.id(), 0).items()).isEmpty();
		assertThat(mailsTo(outsider)).isEmpty();
		var mail = await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(member), m -> !m.isEmpty());
		assertThat(mail).allSatisfy(text -> assertThat(text).contains(thread.title()).doesNotContain("Secret body"));
		assertThat(jdbc.sql("select count(*) from platform_mail where body_text like :title and recipient <> :member")
			.param("title", "%" + thread.title() + "%")
			.param("member", member.email())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aHiddenThreadReachesOnlyThoseWhoStillSeeIt() {
		var space = fixtures.space(SpaceKind.TOPIC, "Hidden " + SpaceFixtures.tag());
		var thread = fixtures.thread(space, author, "Hidden target " + SpaceFixtures.tag());
		fixtures.hide(thread);
		var follower = fixtures.employee("Hila Follower");
		fixtures.follow(follower, "THREAD", thread.id());
		fixtures.follow(author, "THREAD", thread.id());
		var manager = fixtures.manager("Meir Manager");
		var replier = fixtures.employee("Rafi Replier");
		long reply = fixtures.reply(thread, replier, "More");

		publish(new ReplyPosted(reply, thread.id(), space.id(), false, replier.id(), author.id(), null,
				List.of(manager.id()), Instant.now()));

		awaitNotification(manager, thread.path());
		assertThat(about(author, thread)).singleElement()
			.satisfies(n -> assertThat(n.kind()).isEqualTo("discussions.reply"));
		assertThat(about(follower, thread)).isEmpty();
	}

	@Test
	void aNewThreadReachesTheFollowersOfItsSpaceAndTags() {
		var space = fixtures.space(SpaceKind.TOPIC, "Watched " + SpaceFixtures.tag());
		String tag = SpaceFixtures.tag();
		var spaceFollower = fixtures.employee("Shir Space");
		var tagFollower = fixtures.employee("Tom Tag");
		var both = fixtures.employee("Bo Both");
		fixtures.follow(spaceFollower, "SPACE", space.id());
		fixtures.follow(tagFollower, "TAG", tag);
		fixtures.follow(both, "SPACE", space.id());
		fixtures.follow(both, "TAG", tag);
		fixtures.follow(author, "SPACE", space.id());
		var thread = fixtures.thread(space, author, ThreadKind.QUESTION, "New question " + SpaceFixtures.tag(),
				Duration.ZERO, tag);

		publish(new ThreadCreated(thread.id(), thread.openingPostId(), space.id(), false, ThreadKind.QUESTION,
				author.id(), thread.title(), List.of(tag), List.of(), Instant.now()));

		var toSpace = awaitNotification(spaceFollower, thread.path());
		assertThat(toSpace.kind()).isEqualTo("discussions.thread");
		assertThat(toSpace.args()).containsExactly("Avigail Author", thread.title(), space.name());
		assertThat(about(tagFollower, thread)).hasSize(1);
		assertThat(about(both, thread)).hasSize(1);
		assertThat(about(author, thread)).isEmpty();
	}

	@Test
	void anAnswerReachesTheAskerAndAnAcceptedAnswerItsAuthorUnlessSelfAccepted() {
		var space = fixtures.space(SpaceKind.TOPIC, "Answers " + SpaceFixtures.tag());
		var thread = fixtures.thread(space, author, ThreadKind.QUESTION, "Asked " + SpaceFixtures.tag(),
				Duration.ofHours(2));
		var answerer = fixtures.employee("Ari Answerer");
		long answer = fixtures.reply(thread, answerer, "Try this");

		publish(new AnswerPosted(answer, thread.id(), space.id(), false, answerer.id(), author.id(), true, List.of(),
				Instant.now()));
		assertThat(awaitNotification(author, thread.path()).kind()).isEqualTo("discussions.answer");

		publish(new AnswerAccepted(answer, thread.id(), space.id(), false, answerer.id(), author.id(), null,
				author.id(), Instant.now()));
		var accepted = awaitNotification(answerer, thread.path());
		assertThat(accepted.kind()).isEqualTo("discussions.accepted");
		assertThat(accepted.args()).containsExactly(thread.title());

		long own = fixtures.reply(thread, author, "I found it myself");
		publish(new AnswerAccepted(own, thread.id(), space.id(), false, author.id(), author.id(), answer, author.id(),
				Instant.now()));
		publish(new AnswerPosted(fixtures.reply(thread, answerer, "Witness"), thread.id(), space.id(), false,
				answerer.id(), author.id(), false, List.of(), Instant.now()));
		await().atMost(Duration.ofSeconds(10)).until(() -> about(author, thread).size() == 2);
		assertThat(about(author, thread)).extracting(Notification::kind).containsOnly("discussions.answer");
	}

	@Test
	void anEditTellsOnlyTheNewlyMentioned() {
		var space = fixtures.space(SpaceKind.TOPIC, "Edits " + SpaceFixtures.tag());
		var thread = fixtures.thread(space, author, "Edited " + SpaceFixtures.tag());
		var newcomer = fixtures.employee("Nili Newly");
		fixtures.follow(fixtures.employee("Quiet Follower"), "THREAD", thread.id());

		publish(new PostEdited(thread.openingPostId(), thread.id(), space.id(), false, author.id(), author.id(),
				List.of(newcomer.id(), author.id()), Instant.now()));

		assertThat(awaitNotification(newcomer, thread.path()).kind()).isEqualTo("discussions.mention");
		assertThat(about(author, thread)).isEmpty();
	}

	@Test
	void membershipNoticesNameTheSpaceToTheRightPeople() {
		TestSpace space = fixtures.space(SpaceKind.PRIVATE, "Circle " + SpaceFixtures.tag());
		var moderator = fixtures.leader("Moran Moderator");
		var invitee = fixtures.employee("Ido Invitee");
		var asker = fixtures.employee("Ayelet Asker");

		publish(new SpaceInvitationSent(space.id(), space.name(), space.slug(), invitee.id(), moderator.id(),
				Instant.now()));
		var invitation = awaitNotification(invitee, "/discussions#invitations");
		assertThat(invitation.kind()).isEqualTo("discussions.invitation");
		assertThat(invitation.args()).containsExactly("Moran Moderator", space.name());

		publish(new SpaceJoinRequested(space.id(), space.name(), space.slug(), asker.id(),
				List.of(moderator.id(), asker.id()), Instant.now()));
		var request = awaitNotification(moderator, space.path() + "/members");
		assertThat(request.args()).containsExactly("Ayelet Asker", space.name());

		publish(new SpaceJoined(space.id(), space.name(), space.slug(), invitee.id(), invitee.id(), Instant.now()));
		publish(new SpaceJoined(space.id(), space.name(), space.slug(), asker.id(), moderator.id(), Instant.now()));
		assertThat(awaitNotification(asker, space.path()).kind()).isEqualTo("discussions.joined");
		assertThat(notifications.page(asker.id(), 0).items()).hasSize(1);
		assertThat(notifications.page(invitee.id(), 0).items()).hasSize(1);
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private Notification awaitNotification(TestPerson person, String link) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> notifications.page(person.id(), 0)
				.items()
				.stream()
				.filter(n -> n.link().equals(link))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private List<Notification> about(TestPerson person, TestThread thread) {
		return notifications.page(person.id(), 0).items().stream().filter(n -> n.link().equals(thread.path())).toList();
	}

	private List<String> mailsTo(TestPerson person) {
		return jdbc.sql("select subject || ' ' || body_text || ' ' || body_html from platform_mail where recipient = :to")
			.param("to", person.email())
			.query(String.class)
			.list();
	}
}
