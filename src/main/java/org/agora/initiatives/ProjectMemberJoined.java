package org.agora.initiatives;

/** A person became a member of a joint project, by an accepted request or added by its lead or a manager. */
public record ProjectMemberJoined(long projectId, long personId, long addedBy, String projectTitle) {
}
