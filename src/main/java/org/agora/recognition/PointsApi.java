package org.agora.recognition;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.people.People;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's points: the total for anyone in the organization; the ledger's entries, with where each came from, for
 * the person and managers only ({@link RecognitionPolicy#maySeeLedgerOf}).
 */
@RestController
@Tag(name = "Recognition: badges and points")
class PointsApi {

	/** One row of the ledger: an award (reverses null), or a taking back or giving back of the award it names. */
	record EntryJson(long id, PointRule rule, int points, String subjectKind, long subjectId, boolean privateSource,
			boolean capped, Long reverses, Instant occurredAt) {
	}

	/** The entries are left out for anyone but the person and managers. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PointsJson(long personId, int total, List<EntryJson> entries) {
	}

	static final int MAX_ENTRIES = 500;

	private final Ledger ledger;

	private final RecognitionPolicy policy;

	private final People people;

	PointsApi(Ledger ledger, RecognitionPolicy policy, People people) {
		this.ledger = ledger;
		this.policy = policy;
		this.people = people;
	}

	@GetMapping("/api/v1/people/{id}/points")
	@Operation(summary = "A person's points, all time; with the ledger's entries, newest first (limit: 1-500, 50 unless given), for the person themself and managers")
	PointsJson points(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "50") int limit) {
		if (!policy.maySee(viewer)) {
			throw new AccessDeniedException("Points are the organization's");
		}
		people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		List<EntryJson> entries = null;
		if (policy.maySeeLedgerOf(viewer, id)) {
			entries = ledger.entriesOf(id, Math.min(MAX_ENTRIES, Math.max(1, limit)))
				.stream()
				.map(e -> new EntryJson(e.id(), e.rule(), e.points(), e.subjectKind(), e.subjectId(),
						e.privateSource(), e.capped(), e.reverses(), e.occurredAt()))
				.toList();
		}
		return new PointsJson(id, ledger.total(id), entries);
	}
}
