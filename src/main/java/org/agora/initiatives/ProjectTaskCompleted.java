package org.agora.initiatives;

import java.time.Instant;

/**
 * A task on a joint project's board was moved to done.
 *
 * @param assigneeId who the task was assigned to, or null
 */
public record ProjectTaskCompleted(long projectId, long taskId, Long assigneeId, long completedBy, Instant completedAt) {
}
