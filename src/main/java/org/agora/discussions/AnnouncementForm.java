package org.agora.discussions;

/**
 * An announcement as a community manager types it.
 *
 * @param unitId the unit's id for a UNIT audience
 * @param expires the last day it shows (ISO date), or empty for 30 days from today
 */
record AnnouncementForm(String title, String body, String audience, String unitId, String expires) {

	static AnnouncementForm blank() {
		return new AnnouncementForm("", "", AnnouncementAudience.LEADERS.name(), "", "");
	}
}
