package org.agora.notifications;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notification is about. Its texts are the message keys {@code notification.<code>.text}, {@code .subject}
 * and {@code .label}; people choose per kind whether they get it in Agora and by email.
 */
public enum NotificationKind {

	NOMINATION_RECEIVED("nomination.received", true),

	NOMINATION_ACCEPTED("nomination.accepted", true),

	NOMINATION_DECLINED("nomination.declined", true),

	LEADER_APPOINTED("leader.appointed", true),

	WELCOME("welcome", false),

	COHORT_INVITATION("learning.invitation", true),

	LEARNING_REMINDER("learning.reminder", true),

	EXERCISE_ACCEPTED("learning.exercise.accepted", true),

	EXERCISE_REVISION("learning.exercise.revision", true),

	EVENT_INVITATION("calendar.invitation", true),

	EVENT_CHANGED("calendar.changed", true),

	EVENT_CANCELLED("calendar.cancelled", true),

	WAITLIST_PROMOTED("calendar.promoted", true),

	EVENT_REMINDER("calendar.reminder", true),

	EVENT_FEEDBACK("calendar.feedback", false),

	DISCUSSION_REPLY("discussions.reply", false),

	DISCUSSION_ANSWER("discussions.answer", true),

	DISCUSSION_MENTION("discussions.mention", true),

	ANSWER_ACCEPTED("discussions.accepted", true),

	DISCUSSION_THREAD("discussions.thread", false),

	SPACE_INVITATION("discussions.invitation", true),

	SPACE_REQUEST("discussions.request", true),

	SPACE_JOINED("discussions.joined", true),

	ANNOUNCEMENT("discussions.announcement", true),

	ARTICLE_REVIEW_DUE("knowledge.reviewDue", true),

	ARTICLE_REVIEW_REQUESTED("knowledge.reviewRequested", true),

	INITIATIVE_MILESTONE_DUE("initiatives.milestoneDue", true),

	PROJECT_JOIN_REQUESTED("projects.joinRequested", true),

	PROJECT_JOINED("projects.joined", true),

	PROJECT_TASK_ASSIGNED("projects.taskAssigned", false),

	SUPPORT_COACH_ASSIGNED("support.coachAssigned", true, true),

	SUPPORT_HELP_REQUESTED("support.helpRequested", true, true),

	SUPPORT_HELP_ANSWERED("support.helpAnswered", true, true),

	SUPPORT_ACTION_DUE("support.actionDue", true, true);

	private final String code;

	private final boolean emailByDefault;

	private final boolean discreetEmail;

	NotificationKind(String code, boolean emailByDefault) {
		this(code, emailByDefault, false);
	}

	/**
	 * @param discreetEmail whether the email must name nobody and point at nothing private: the kind's own texts
	 * are for its recipient in Agora only, and the email says just that there is news, linking to
	 * {@link #discreetLink()}. Mail sits in an outbox admins read, so a private matter (personal support) cannot
	 * travel in it.
	 */
	NotificationKind(String code, boolean emailByDefault, boolean discreetEmail) {
		this.code = code;
		this.emailByDefault = emailByDefault;
		this.discreetEmail = discreetEmail;
	}

	public String code() {
		return code;
	}

	/** Message key of the kind's name on the preferences page. */
	public String labelKey() {
		return "notification." + code + ".label";
	}

	boolean emailByDefault() {
		return emailByDefault;
	}

	boolean discreetEmail() {
		return discreetEmail;
	}

	/**
	 * Where a discreet email leads: a page that sends its reader on to what is theirs once signed in (the personal
	 * support page sends a leader to their own plan and a coach to the list), so that the link names nobody.
	 */
	String discreetLink() {
		return "/initiatives/support";
	}

	static Optional<NotificationKind> of(String code) {
		return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
	}
}
