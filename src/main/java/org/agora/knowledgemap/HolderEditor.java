package org.agora.knowledgemap;

import java.time.LocalDate;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, changes, closes and deletes holders: managers only; each rule broken is a field error and saves nothing.
 * One person holds an area once (checked, and the unique key refuses the race the check cannot see); a change is
 * saved only at the version the form was read at, and only while the holder is open. A departure date already passed
 * is refused when typed, not when it was kept from before (the holder is still recorded: close them when they left);
 * a person who has left the organization stays on a holder they were on. A rise into high risk is announced once.
 */
@Service
@Transactional
class HolderEditor {

	private final Holders holders;

	private final KnowledgeMapPolicy policy;

	private final People people;

	private final MapSettings settings;

	private final OrganizationClock clock;

	private final RiskAnnouncements announcements;

	HolderEditor(Holders holders, KnowledgeMapPolicy policy, People people, MapSettings settings, OrganizationClock clock,
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
		var holder = read(null, form);
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
		Integer version = versionOf(form.version());
		if (before.closed()) {
			throw closed();
		}
		if (version == null || version != before.version()) {
			throw stale();
		}
		var holder = read(before, form);
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

	/** Closes the holder, who left or no longer holds the knowledge; their plan's open actions are cancelled. */
	void close(AgoraPrincipal viewer, long holderId, String typedVersion) {
		check(viewer);
		var before = holders.find(holderId).orElseThrow(() -> new NotFoundException("Holder"));
		if (before.closed()) {
			throw closed();
		}
		Integer version = versionOf(typedVersion);
		if (version == null || version != before.version()
				|| !holders.close(holderId, version, viewer.personId(), clock.today(), clock.now())) {
			throw stale();
		}
	}

	/** Deletes a holder recorded by mistake, with their plan; one whose plan has a done action is closed instead. */
	void delete(AgoraPrincipal viewer, long holderId, String typedVersion) {
		check(viewer);
		holders.find(holderId).orElseThrow(() -> new NotFoundException("Holder"));
		if (holders.hasDoneActions(holderId)) {
			throw new RetentionConflict("status", HolderRules.PREFIX + "deleteDone",
					"This holder's plan has done actions: close the holder instead, which keeps them.");
		}
		Integer version = versionOf(typedVersion);
		if (version == null || !holders.delete(holderId, version)) {
			throw stale();
		}
	}

	private void announce(long holderId) {
		announcements.check(holders.find(holderId).orElseThrow(), settings.scales(), clock.today(), clock.now());
	}

	private void check(AgoraPrincipal viewer) {
		if (!policy.mayManageRetention(viewer)) {
			throw new AccessDeniedException("Community managers and admins record holders");
		}
	}

	/** The holder as typed, every rule checked in the order of the form; {@code before} is null for a new one. */
	private Holder read(Holder before, HolderForm form) {
		Long areaId = HolderRules.id("areaId", form.areaId());
		if (areaId == null || !holders.areaExists(areaId)) {
			throw new InvalidInputException("areaId", HolderRules.PREFIX + "areaId", "Choose the area from the list.");
		}
		var person = person("personId", form.personId(), before == null ? null : before.personId());
		if (person == null) {
			throw new InvalidInputException("personId", HolderRules.PREFIX + "personId",
					"Choose an active person of the organization.");
		}
		var level = HolderRules.chosen("level", HolderLevel.parse(form.level()));
		LocalDate today = clock.today();
		LocalDate departure = HolderRules.departure(form.expectedDeparture(), today,
				before == null ? null : before.expectedDeparture());
		var reason = HolderDeparture.parse(form.departureReason());
		if (HolderRules.text(form.departureReason()) != null && reason == null
				|| departure != null && reason == null) {
			throw new InvalidInputException("departureReason", HolderRules.PREFIX + "departureReason",
					"Choose why the holder is expected to leave.");
		}
		int position = HolderRules.position(form.positionRisk());
		Long successorId = null;
		if (HolderRules.text(form.successorId()) != null) {
			var successor = person("successorId", form.successorId(), before == null ? null : before.successorId());
			if (successor == null || successor.id() == person.id()) {
				throw new InvalidInputException("successorId", HolderRules.PREFIX + "successorId",
						"Choose an active person, other than the holder, as the successor.");
			}
			successorId = successor.id();
		}
		long id = before == null ? 0 : before.id();
		if (holders.holds(areaId, person.id(), id)) {
			throw duplicate();
		}
		// the successor's holding, set by a confirmed action, stays only with the same successor
		boolean successorHolds = before != null && before.successorHolds()
				&& java.util.Objects.equals(before.successorId(), successorId);
		return new Holder(id, areaId, null, person.id(), level, reason, departure, position, successorId,
				successorHolds, before != null && before.captured(), before == null ? 1 : before.version(),
				before == null ? null : before.announcedLevel(), null);
	}

	/** The person chosen: active, or the one the holder already had (who may have left the organization since). */
	private PersonSummary person(String field, String typed, Long kept) {
		Long id = HolderRules.id(field, typed);
		if (id == null) {
			return null;
		}
		return people.find(id).filter(p -> p.active() || id.equals(kept)).orElse(null);
	}

	private static Integer versionOf(String typed) {
		try {
			return Integer.valueOf(HolderRules.text(typed));
		}
		catch (NumberFormatException | NullPointerException e) {
			return null;
		}
	}

	private static InvalidInputException duplicate() {
		return new InvalidInputException("personId", HolderRules.PREFIX + "duplicate",
				"This person is already recorded as a holder of this area.");
	}

	private static RetentionConflict closed() {
		return new RetentionConflict("version", HolderRules.PREFIX + "closed",
				"This holder is closed: their record is kept as it was.");
	}

	private static RetentionConflict stale() {
		return new RetentionConflict("version", HolderRules.PREFIX + "stale",
				"Someone changed this holder meanwhile: reload the page and make your change again.");
	}
}
