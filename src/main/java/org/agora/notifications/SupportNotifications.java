package org.agora.notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.agora.initiatives.CoachAssigned;
import org.agora.initiatives.HelpRequestResolved;
import org.agora.initiatives.HelpRequested;
import org.agora.initiatives.SupportActionDue;
import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people of a private support plan what happened in it: the leader that a coach was assigned or answered
 * them, the coach that the leader asks for help, an action's owner that it is due. The texts name a person or a date
 * and link to the plan, never what the plan says. Their emails are discreet ({@link NotificationKind#discreetEmail()}):
 * they name nobody and link to no plan, as the admins read the mail outbox.
 */
@Component
class SupportNotifications {

	private final People people;

	private final Notifier notifier;

	SupportNotifications(People people, Notifier notifier) {
		this.people = people;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(CoachAssigned event) {
		tell(event.leaderId(), NotificationKind.SUPPORT_COACH_ASSIGNED, name(event.coachId()), plan(event.leaderId()));
	}

	/** Only a coach who is still a community manager may open the plan, so only such a coach hears of it. */
	@ApplicationModuleListener
	void on(HelpRequested event) {
		people.find(event.coachId())
			.filter(coach -> coach.has(Role.COMMUNITY_MANAGER))
			.ifPresent(coach -> notifier.tell(coach, NotificationKind.SUPPORT_HELP_REQUESTED,
					List.of(name(event.leaderId())), plan(event.leaderId())));
	}

	@ApplicationModuleListener
	void on(HelpRequestResolved event) {
		if (event.resolvedBy() != event.leaderId()) {
			tell(event.leaderId(), NotificationKind.SUPPORT_HELP_ANSWERED, name(event.resolvedBy()),
					plan(event.leaderId()));
		}
	}

	@ApplicationModuleListener
	void on(SupportActionDue event) {
		people.find(event.ownerId()).filter(PersonSummary::active).ifPresent(owner -> {
			var locale = owner.locale() == null || owner.locale().isBlank() ? Locale.ENGLISH
					: Locale.forLanguageTag(owner.locale());
			String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(event.dueOn());
			notifier.tell(owner, NotificationKind.SUPPORT_ACTION_DUE, List.of(date), plan(event.leaderId()));
		});
	}

	private void tell(long recipientId, NotificationKind kind, String name, String link) {
		people.find(recipientId).ifPresent(person -> notifier.tell(person, kind, List.of(name), link));
	}

	private String name(long personId) {
		return people.find(personId).map(PersonSummary::fullName).orElse("");
	}

	/** The plan's address, the same for the leader and for the coach. */
	private static String plan(long leaderId) {
		return "/initiatives/support/" + leaderId;
	}
}
