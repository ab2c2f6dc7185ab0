package org.agora.initiatives;

import java.time.Instant;

/**
 * A joint project was started; its lead is its first member.
 *
 * @param path its address, {@code /initiatives/projects/<id>}
 */
public record ProjectCreated(long projectId, long leadId, String title, String path, Instant createdAt) {
}
