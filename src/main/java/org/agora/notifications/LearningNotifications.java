package org.agora.notifications;

import java.util.List;

import org.agora.learning.CohortInvitationSent;
import org.agora.learning.ExerciseReviewed;
import org.agora.learning.LearningReminderSent;
import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells learners about the course: an invitation to a cohort, a facilitator's reminder, an exercise reviewed. */
@Component
class LearningNotifications {

	private final People people;

	private final Notifier notifier;

	LearningNotifications(People people, Notifier notifier) {
		this.people = people;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(CohortInvitationSent event) {
		people.find(event.personId())
			.ifPresent(person -> notifier.tell(person, NotificationKind.COHORT_INVITATION, List.of(event.cohortName()),
					cohortLink(event.cohortId())));
	}

	@ApplicationModuleListener
	void on(LearningReminderSent event) {
		people.find(event.personId())
			.ifPresent(person -> notifier.tell(person, NotificationKind.LEARNING_REMINDER,
					List.of(inLanguageOf(person, event.courseTitleEn(), event.courseTitleHe()),
							String.valueOf(event.percent()), event.cohortName()),
					cohortLink(event.cohortId())));
	}

	@ApplicationModuleListener
	void on(ExerciseReviewed event) {
		people.find(event.personId())
			.ifPresent(person -> notifier.tell(person,
					event.accepted() ? NotificationKind.EXERCISE_ACCEPTED : NotificationKind.EXERCISE_REVISION,
					List.of(inLanguageOf(person, event.lessonTitleEn(), event.lessonTitleHe())),
					"/learning/lessons/" + event.lessonId() + "#exercise"));
	}

	/** The learner's page of the cohort: their progress, their exercises with feedback, the live sessions. */
	private static String cohortLink(long cohortId) {
		return "/learning/cohorts/" + cohortId;
	}

	/** Course texts are kept in two languages; the notification carries the one its reader reads Agora in. */
	private static String inLanguageOf(PersonSummary person, String english, String hebrew) {
		boolean hebrewReader = person.locale() != null && person.locale().startsWith("he");
		String preferred = hebrewReader ? hebrew : english;
		return preferred == null || preferred.isBlank() ? (hebrewReader ? english : hebrew) : preferred;
	}
}
