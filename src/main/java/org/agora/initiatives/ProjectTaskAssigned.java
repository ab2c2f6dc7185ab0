package org.agora.initiatives;

/** A task on a joint project's board was given to a member. */
public record ProjectTaskAssigned(long projectId, long taskId, long assigneeId, long assignedBy, String projectTitle) {
}
