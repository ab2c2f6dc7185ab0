package org.agora.recognition;

import org.agora.discussions.AnswerAccepted;
import org.agora.discussions.PostHidden;
import org.agora.discussions.PostRestored;
import org.agora.initiatives.InitiativeCompleted;
import org.agora.learning.CourseCompleted;
import org.agora.people.LeaderAppointed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Hears what the community achieved in the other modules and has it celebrated on the timeline. */
@Component
class TimelineListeners {

	private final Celebrations celebrations;

	TimelineListeners(Celebrations celebrations) {
		this.celebrations = celebrations;
	}

	@ApplicationModuleListener
	void on(CourseCompleted event) {
		celebrations.graduated(event);
	}

	@ApplicationModuleListener
	void on(InitiativeCompleted event) {
		celebrations.initiativeCompleted(event);
	}

	@ApplicationModuleListener
	void on(AnswerAccepted event) {
		celebrations.answerAccepted(event);
	}

	@ApplicationModuleListener
	void on(PostHidden event) {
		celebrations.postHidden(event);
	}

	@ApplicationModuleListener
	void on(PostRestored event) {
		celebrations.postRestored(event);
	}

	@ApplicationModuleListener
	void on(LeaderAppointed event) {
		celebrations.leaderAppointed(event);
	}
}
