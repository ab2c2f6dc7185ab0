package org.agora.knowledgemap;

import java.time.LocalDate;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and changes holders: managers only; each rule broken is a field error and saves nothing. One person holds
 * an area once (checked, and the unique key refuses the race the check cannot see); a change is saved only at the
 * version the form was read at. A rise into high risk is announced once.
 */
@Service
@Transactional
class HolderEditor {

	private final Holders holders;

	private final KnowledgeMapPolicy policy;

	private final People people;

	private final MapSettings settings;

	private final MapClock clock;

	private final RiskAnnouncements announcements;

	HolderEditor(Holders holders, KnowledgeMapPolicy policy, People people, MapSettings settings, MapClock clock,
			RiskAnnouncements announcements) {
		this.holders = holders;
		this.policy = policy;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
		this.announcements = announcements;
	}

	long record(AgoraPrincipal viewer, HolderForm form) {
		check(viewer);
		var holder = read(0, form, 1, null);
		long id;
		try {
			id = holders.insert(holder, viewer.personId(), clock.now());
		}
		catch (DuplicateKeyException e) {
			throw duplicate();
		}
		announce(id);
		return id;
	}

	void change(AgoraPrincipal viewer, long holderId, HolderForm form) {
		var before = holders.find(holderId).orElseThrow(() -> new NotFoundException("Holder"));
		check(viewer);
		Integer version = versionOf(form);
		if (version == null || version != before.version()) {
			throw stale();
		}
		var holder = read(holderId, form, before.version(), before.announcedLevel());
		boolean saved;
		try {
			saved = holders.update(holder, clock.now());
		}
		catch (DuplicateKeyException e) {
			throw duplicate();
		}
		if (!saved) {
			throw stale();
		}
		announce(holderId);
	}

	private void announce(long holderId) {
		announcements.check(holders.find(holderId).orElseThrow(), settings.scales(), clock.today(), clock.now());
	}

	private void check(AgoraPrincipal viewer) {
		if (!policy.mayManageRetention(viewer)) {
			throw new AccessDeniedException("Community managers and admins record holders");
		}
	}

	/** The holder as typed, every rule checked in the order of the form. */
	private Holder read(long id, HolderForm form, int version, String announced) {
		Long areaId = HolderRules.id("areaId", form.areaId());
		if (areaId == null || !holders.areaExists(areaId)) {
			throw new InvalidInputException("areaId", HolderRules.PREFIX + "areaId", "Choose the area from the list.");
		}
		var person = activePerson("personId", form.personId());
		if (person == null) {
			throw new InvalidInputException("personId", HolderRules.PREFIX + "personId",
					"Choose an active person of the organization.");
		}
		var level = HolderRules.chosen("level", HolderLevel.parse(form.level()));
		LocalDate today = clock.today();
		LocalDate departure = HolderRules.departure(form.expectedDeparture(), today);
		var reason = HolderDeparture.parse(form.departureReason());
		if (HolderRules.text(form.departureReason()) != null && reason == null
				|| departure != null && reason == null) {
			throw new InvalidInputException("departureReason", HolderRules.PREFIX + "departureReason",
					"Choose why the holder is expected to leave.");
		}
		int position = HolderRules.position(form.positionRisk());
		Long successorId = null;
		if (HolderRules.text(form.successorId()) != null) {
			var successor = activePerson("successorId", form.successorId());
			if (successor == null || successor.id() == person.id()) {
				throw new InvalidInputException("successorId", HolderRules.PREFIX + "successorId",
						"Choose an active person, other than the holder, as the successor.");
			}
			successorId = successor.id();
		}
		if (holders.holds(areaId, person.id(), id)) {
			throw duplicate();
		}
		return new Holder(id, areaId, null, person.id(), level, reason, departure, position, successorId,
				form.capturedChecked(), version, announced);
	}

	private PersonSummary activePerson(String field, String typed) {
		Long id = HolderRules.id(field, typed);
		return id == null ? null : people.find(id).filter(PersonSummary::active).orElse(null);
	}

	private static Integer versionOf(HolderForm form) {
		try {
			return Integer.valueOf(HolderRules.text(form.version()));
		}
		catch (NumberFormatException | NullPointerException e) {
			return null;
		}
	}

	private static InvalidInputException duplicate() {
		return new InvalidInputException("personId", HolderRules.PREFIX + "duplicate",
				"This person is already recorded as a holder of this area.");
	}

	private static RetentionConflict stale() {
		return new RetentionConflict("version", HolderRules.PREFIX + "stale",
				"Someone changed this holder meanwhile: reload the page and make your change again.");
	}
}
