package org.agora.people;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People, units and nominations as JSON, with the same permission checks as the pages. */
@RestController
@RequestMapping("/api/v1")
class PeopleApi {

	record Me(long id, String fullName, String email, Set<Role> roles, LeaderStatus leaderStatus, String locale) {
	}

	record PersonJson(long id, String fullName, String email, String jobTitle, Long unitId, String unitName,
			LeaderStatus leaderStatus, Set<String> expertise, Set<Role> roles) {

		static PersonJson of(Directory.Card c, LeaderStatus visibleStatus) {
			return new PersonJson(c.id(), c.fullName(), c.email(), c.jobTitle(), c.unitId(), c.unitName(),
					visibleStatus, c.expertise(), c.roles());
		}
	}

	record PageJson<T>(List<T> items, int page, int size, long total) {
	}

	record UnitJson(long id, String code, String name, UnitKind kind, Long parentId) {
	}

	record NominationJson(long id, long nomineeId, String nomineeName, long nominatorId, String nominatorName,
			String reason, NominationStatus status, Instant createdAt, Instant decidedAt, String decisionNote) {

		static NominationJson of(NominationViews.View v) {
			return new NominationJson(v.id(), v.nomineeId(), v.nomineeName(), v.nominatorId(), v.nominatorName(),
					v.reason(), v.status(), v.createdAt(), v.decidedAt(), v.decisionNote());
		}
	}

	record NominationRequest(Long nomineeId, String reason) {
	}

	record DecisionRequest(Boolean accept, Map<String, Boolean> criteria, String note, LocalDate startDate,
			Integer termMonths, String cohortLabel, Integer hoursPerMonth) {
	}

	private final People people;

	private final Directory directory;

	private final OrgChart chart;

	private final OrgStructure structure;

	private final LeaderProgramme programme;

	private final NominationViews nominations;

	private final Nominations nominationRepository;

	private final PeoplePolicy policy;

	PeopleApi(People people, Directory directory, OrgChart chart, OrgStructure structure, LeaderProgramme programme,
			NominationViews nominations, Nominations nominationRepository, PeoplePolicy policy) {
		this.people = people;
		this.directory = directory;
		this.chart = chart;
		this.structure = structure;
		this.programme = programme;
		this.nominations = nominations;
		this.nominationRepository = nominationRepository;
		this.policy = policy;
	}

	@GetMapping("/me")
	Me me(@AuthenticationPrincipal AgoraPrincipal viewer) {
		var me = people.find(viewer.personId()).orElseThrow(() -> new NotFoundException("Person"));
		return new Me(me.id(), me.fullName(), me.email(), me.roles(), policy.visibleLeaderStatus(viewer, me.leaderStatus()),
				me.locale());
	}

	@GetMapping("/people")
	PageJson<PersonJson> people(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String expertise, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "0") int page) {
		requireDirectory(viewer);
		var result = directory.search(new Directory.Query(q, unit, expertise, role, page));
		return new PageJson<>(result.items().stream().map(c -> PersonJson.of(c, policy.visibleLeaderStatus(viewer, c.leaderStatus()))).toList(),
				result.page(), result.size(), result.total());
	}

	@GetMapping("/people/{id}")
	PersonJson person(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		requireDirectory(viewer);
		var p = people.find(id).filter(PersonSummary::active).orElseThrow(() -> new NotFoundException("Person"));
		var expertise = directory.expertiseOf(List.of(id)).getOrDefault(id, Set.of());
		return new PersonJson(p.id(), p.fullName(), p.email(), p.jobTitle(), p.unitId(), p.unitName(),
				policy.visibleLeaderStatus(viewer, p.leaderStatus()), expertise, p.roles());
	}

	@GetMapping("/units")
	List<UnitJson> units(@AuthenticationPrincipal AgoraPrincipal viewer) {
		requireDirectory(viewer);
		return chart.tree().stream().map(u -> new UnitJson(u.id(), u.code(), u.name(), u.kind(), u.parentId())).toList();
	}

	@PostMapping("/units")
	ResponseEntity<UnitJson> createUnit(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody OrgStructure.UnitForm form) {
		var unit = structure.create(viewer, form);
		return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id))
			.body(new UnitJson(unit.id, unit.code, unit.name, unit.kind, unit.parentId));
	}

	@GetMapping("/nominations")
	List<NominationJson> nominations(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) NominationStatus status) {
		requireDirectory(viewer);
		return nominations.visibleTo(viewer, status).stream().map(NominationJson::of).toList();
	}

	@PostMapping("/nominations")
	ResponseEntity<NominationJson> nominate(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody NominationRequest request) {
		if (request.nomineeId() == null) {
			throw new org.agora.platform.web.InvalidInputException("nomineeId", "nomination.error.nominee",
					"Choose a colleague to nominate.");
		}
		var nomination = programme.nominate(viewer,
				new LeaderProgramme.NominateCommand(request.nomineeId(), request.reason()));
		return ResponseEntity.created(URI.create("/api/v1/nominations/" + nomination.id))
			.body(NominationJson.of(nominations.find(nomination.id)));
	}

	@GetMapping("/nominations/{id}")
	NominationJson nomination(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var nomination = nominationRepository.findById(id)
			.filter(n -> policy.maySeeNomination(viewer, n))
			.orElseThrow(() -> new NotFoundException("Nomination"));
		return NominationJson.of(nominations.find(nomination.id));
	}

	@PostMapping("/nominations/{id}/decision")
	NominationJson decide(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody DecisionRequest request) {
		if (!policy.mayReviewNominations(viewer)) {
			throw new AccessDeniedException("Not allowed to review nominations");
		}
		if (request.accept() == null) {
			throw new org.agora.platform.web.InvalidInputException("accept", "nomination.error.accept",
					"Say whether to accept (true) or decline (false).");
		}
		programme.decide(viewer, id, new LeaderProgramme.DecisionCommand(request.accept(), request.criteria(),
				request.note(), request.startDate(), request.termMonths(), request.cohortLabel(), request.hoursPerMonth()));
		return NominationJson.of(nominations.find(id));
	}

	private void requireDirectory(AgoraPrincipal viewer) {
		if (!policy.mayBrowseDirectory(viewer)) {
			throw new AccessDeniedException("Guests do not see the directory");
		}
	}
}
