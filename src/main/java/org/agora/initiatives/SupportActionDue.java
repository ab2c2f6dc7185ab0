package org.agora.initiatives;

import java.time.LocalDate;

/**
 * An action agreed in a support plan is due soon or overdue and its owner should be reminded. It names no action:
 * the reminder links to the plan, where only the leader, the coach and community managers read it.
 */
public record SupportActionDue(long actionId, long leaderId, long ownerId, LocalDate dueOn) {
}
