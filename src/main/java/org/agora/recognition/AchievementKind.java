package org.agora.recognition;

/** What the timeline celebrates. */
enum AchievementKind {

	/** A leader completed the training course. */
	GRADUATION,
	/** An initiative was completed in its unit. */
	INITIATIVE_COMPLETED,
	/** Someone earned a badge. */
	BADGE,
	/** Someone thanked a colleague in public. */
	KUDOS,
	/** The community reached a milestone: the 100th accepted answer, every unit with a leader. */
	MILESTONE
}
