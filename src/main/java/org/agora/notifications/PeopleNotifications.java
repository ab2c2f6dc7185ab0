package org.agora.notifications;

import java.util.List;

import org.agora.people.LeaderAppointed;
import org.agora.people.LeaderNominated;
import org.agora.people.NominationDeclined;
import org.agora.people.People;
import org.agora.people.PersonJoined;
import org.agora.people.PersonSummary;
import org.agora.platform.security.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells people about the leader programme and welcomes newcomers. */
@Component
class PeopleNotifications {

	private final People people;

	private final Notifier notifier;

	PeopleNotifications(People people, Notifier notifier) {
		this.people = people;
		this.notifier = notifier;
	}

	/** Community managers hear of every nomination, except one they made or one about themselves. */
	@ApplicationModuleListener
	void on(LeaderNominated event) {
		var nominee = people.find(event.nomineeId());
		if (nominee.isEmpty()) {
			return;
		}
		var nominator = people.find(event.nominatorId()).map(PersonSummary::fullName).orElse("");
		var args = List.of(nominator, nominee.get().fullName());
		people.withRole(Role.COMMUNITY_MANAGER)
			.stream()
			.filter(manager -> manager.id() != event.nominatorId() && manager.id() != event.nomineeId())
			.forEach(manager -> notifier.tell(manager, NotificationKind.NOMINATION_RECEIVED, args,
					"/nominations/" + event.nominationId()));
	}

	@ApplicationModuleListener
	void on(NominationDeclined event) {
		var nominee = people.find(event.nomineeId()).map(PersonSummary::fullName).orElse("");
		people.find(event.nominatorId())
			.ifPresent(nominator -> notifier.tell(nominator, NotificationKind.NOMINATION_DECLINED, List.of(nominee),
					"/nominations/" + event.nominationId()));
	}

	@ApplicationModuleListener
	void on(LeaderAppointed event) {
		people.find(event.personId())
			.ifPresent(leader -> {
				notifier.tell(leader, NotificationKind.LEADER_APPOINTED, List.of(), "/people/" + event.personId());
				if (event.nominatorId() != event.personId()) {
					people.find(event.nominatorId())
						.ifPresent(nominator -> notifier.tell(nominator, NotificationKind.NOMINATION_ACCEPTED,
								List.of(leader.fullName()), "/people/" + event.personId()));
				}
			});
	}

	@ApplicationModuleListener
	void on(PersonJoined event) {
		people.find(event.personId())
			.ifPresent(person -> notifier.tell(person, NotificationKind.WELCOME, List.of(person.fullName()), "/me"));
	}
}
