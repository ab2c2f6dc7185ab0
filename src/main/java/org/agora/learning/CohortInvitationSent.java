package org.agora.learning;

/**
 * A person was invited to a cohort of a course, and may now enrol in it even when they are not a knowledge leader.
 *
 * @param invitedBy who invited them, or null when they were invited on being appointed a leader
 */
public record CohortInvitationSent(long personId, long cohortId, String cohortName, Long invitedBy) {
}
