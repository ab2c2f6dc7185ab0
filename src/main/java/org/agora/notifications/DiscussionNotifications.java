package org.agora.notifications;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.agora.discussions.AnswerAccepted;
import org.agora.discussions.AnswerPosted;
import org.agora.discussions.Discussions;
import org.agora.discussions.PostEdited;
import org.agora.discussions.ReplyPosted;
import org.agora.discussions.SpaceInvitationSent;
import org.agora.discussions.SpaceJoinRequested;
import org.agora.discussions.SpaceJoined;
import org.agora.discussions.ThreadCreated;
import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about discussions: replies and answers in what they follow, mentions, accepted answers, new threads in
 * the spaces and tags they follow, and private-space invitations and requests. Each person hears once per event,
 * never of their own doing, and only while they may see the thread; a notice names the thread, the space and the
 * actor, never the post's text.
 */
@Component
class DiscussionNotifications {

	private final Discussions discussions;

	private final People people;

	private final Notifier notifier;

	DiscussionNotifications(Discussions discussions, People people, Notifier notifier) {
		this.discussions = discussions;
		this.people = people;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(ReplyPosted event) {
		var recipients = new LinkedHashMap<Long, NotificationKind>();
		mention(recipients, event.mentionedIds());
		among(recipients, discussions.followersOfThread(event.threadId()), NotificationKind.DISCUSSION_REPLY);
		tell(recipients, event.threadId(), event.authorId());
	}

	@ApplicationModuleListener
	void on(AnswerPosted event) {
		var recipients = new LinkedHashMap<Long, NotificationKind>();
		mention(recipients, event.mentionedIds());
		among(recipients, List.of(event.questionAuthorId()), NotificationKind.DISCUSSION_ANSWER);
		among(recipients, discussions.followersOfThread(event.threadId()), NotificationKind.DISCUSSION_ANSWER);
		tell(recipients, event.threadId(), event.authorId());
	}

	@ApplicationModuleListener
	void on(ThreadCreated event) {
		var recipients = new LinkedHashMap<Long, NotificationKind>();
		mention(recipients, event.mentionedIds());
		among(recipients, discussions.followersOfSpace(event.spaceId()), NotificationKind.DISCUSSION_THREAD);
		among(recipients, discussions.followersOfTags(event.tags()), NotificationKind.DISCUSSION_THREAD);
		tell(recipients, event.threadId(), event.authorId());
	}

	@ApplicationModuleListener
	void on(PostEdited event) {
		var recipients = new LinkedHashMap<Long, NotificationKind>();
		mention(recipients, event.newlyMentionedIds());
		tell(recipients, event.threadId(), event.editedBy());
	}

	@ApplicationModuleListener
	void on(AnswerAccepted event) {
		if (event.acceptedBy() == event.answerAuthorId()) {
			return;
		}
		discussions.threadFor(event.answerAuthorId(), event.threadId())
			.ifPresent(thread -> people.find(event.answerAuthorId())
				.ifPresent(person -> notifier.tell(person, NotificationKind.ANSWER_ACCEPTED, List.of(thread.title()),
						thread.path())));
	}

	@ApplicationModuleListener
	void on(SpaceInvitationSent event) {
		people.find(event.personId())
			.ifPresent(person -> notifier.tell(person, NotificationKind.SPACE_INVITATION,
					List.of(name(event.invitedBy()), event.spaceName()), "/discussions#invitations"));
	}

	@ApplicationModuleListener
	void on(SpaceJoinRequested event) {
		String asker = name(event.personId());
		for (long moderator : new LinkedHashSet<>(event.moderatorIds())) {
			if (moderator != event.personId()) {
				people.find(moderator)
					.ifPresent(person -> notifier.tell(person, NotificationKind.SPACE_REQUEST,
							List.of(asker, event.spaceName()), "/discussions/s/" + event.spaceSlug() + "/members"));
			}
		}
	}

	@ApplicationModuleListener
	void on(SpaceJoined event) {
		if (event.admittedBy() == event.personId()) {
			return;
		}
		people.find(event.personId())
			.ifPresent(person -> notifier.tell(person, NotificationKind.SPACE_JOINED, List.of(event.spaceName()),
					"/discussions/s/" + event.spaceSlug()));
	}

	private static void mention(Map<Long, NotificationKind> recipients, Collection<Long> mentioned) {
		among(recipients, mentioned, NotificationKind.DISCUSSION_MENTION);
	}

	/** Adds people not already told of something that matters more: a mention wins over a reply. */
	private static void among(Map<Long, NotificationKind> recipients, Collection<Long> people, NotificationKind kind) {
		for (Long id : people == null ? List.<Long>of() : people) {
			recipients.putIfAbsent(id, kind);
		}
	}

	private void tell(Map<Long, NotificationKind> recipients, long threadId, long actorId) {
		recipients.remove(actorId);
		if (recipients.isEmpty()) {
			return;
		}
		String actor = name(actorId);
		var readers = discussions.threadFor(recipients.keySet(), threadId);
		var persons = people.findAll(readers.keySet());
		recipients.forEach((personId, kind) -> {
			var thread = readers.get(personId);
			var person = persons.get(personId);
			if (thread != null && person != null) {
				notifier.tell(person, kind, args(kind, actor, thread), thread.path());
			}
		});
	}

	private static List<String> args(NotificationKind kind, String actor, Discussions.ThreadNotice thread) {
		return kind == NotificationKind.DISCUSSION_THREAD ? List.of(actor, thread.title(), thread.spaceName())
				: List.of(actor, thread.title());
	}

	private String name(long personId) {
		return people.find(personId).map(PersonSummary::fullName).orElse("");
	}
}
