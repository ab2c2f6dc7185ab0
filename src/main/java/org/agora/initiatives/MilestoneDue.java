package org.agora.initiatives;

import java.time.LocalDate;

/**
 * A milestone not yet reached is due within the reminder window; the initiative's leader is reminded once for that
 * due date.
 *
 * @param path the initiative's address, {@code /initiatives/<id>}
 */
public record MilestoneDue(long initiativeId, long milestoneId, long leaderId, String milestone, String initiative,
		String path, LocalDate dueOn) {
}
