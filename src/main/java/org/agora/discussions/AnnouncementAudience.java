package org.agora.discussions;

/** Who an announcement is for: everyone in the organization, the knowledge leaders, or a unit and its sub-units. */
public enum AnnouncementAudience {

	ALL, LEADERS, UNIT
}
