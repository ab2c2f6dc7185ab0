package org.agora.initiatives;

/** Someone in the organization asked to join a joint project; its lead decides. */
public record ProjectJoinRequested(long projectId, long requestId, long personId, long leadId, String projectTitle) {
}
