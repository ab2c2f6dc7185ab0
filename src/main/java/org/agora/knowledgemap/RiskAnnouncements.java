package org.agora.knowledgemap;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces a holder's rise into high risk once: {@link RetentionRiskRaised} goes out when the level is HIGH and was
 * not announced as such, whether a record, an edit or the passing of time raised it; a fall below high is noted, so
 * that a later rise is announced again. The event names the area, never the person's date.
 */
@Component
class RiskAnnouncements {

	private final Holders holders;

	private final ApplicationEventPublisher events;

	RiskAnnouncements(Holders holders, ApplicationEventPublisher events) {
		this.holders = holders;
		this.events = events;
	}

	/** Call inside the transaction that saved the holder; true when the rise was announced now. */
	boolean check(Holder holder, MapScales scales, LocalDate today, Instant now) {
		var level = holder.riskLevel(scales, today);
		boolean wasHigh = RiskLevel.HIGH.name().equals(holder.announcedLevel());
		if (level == RiskLevel.HIGH) {
			// the conditional update lets one caller announce, even when two nodes look at once
			if (!wasHigh && holders.announce(holder.id(), RiskLevel.HIGH)) {
				events.publishEvent(new RetentionRiskRaised(holder.id(), holder.areaId(), holder.areaName(), now));
				return true;
			}
			return false;
		}
		if (!level.name().equals(holder.announcedLevel())) {
			holders.announce(holder.id(), level);
		}
		return false;
	}
}
