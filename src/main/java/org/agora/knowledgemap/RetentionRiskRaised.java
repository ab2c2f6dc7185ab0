package org.agora.knowledgemap;

import java.time.Instant;

/**
 * The retention risk of a holder's knowledge of an area became high (it was recorded so, or rose to it). It names the
 * area and the level, never the person's departure date.
 */
public record RetentionRiskRaised(long holderId, long areaId, String areaName, Instant raisedAt) {
}
