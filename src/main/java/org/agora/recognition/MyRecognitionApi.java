package org.agora.recognition;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The viewer's own recognition as JSON, and their choice to stay out of the leaderboards. */
@RestController
@Tag(name = "Recognition")
class MyRecognitionApi {

	record PeriodJson(int points, Integer rank) {
	}

	/** A ledger row; path is null where the source is private or has no page. */
	record EntryJson(long id, PointRule rule, int points, MyRecognition.RowKind kind, String subjectKind,
			long subjectId, String path, boolean privateSource, boolean takenBack, Long reverses,
			Instant occurredAt) {
	}

	record BadgeJson(String slug, String nameEn, String nameHe, String descriptionEn, String descriptionHe,
			String citation, Instant awardedAt) {
	}

	/** The viewer's page; a period's rank is null when they are not on its board (opted out, or no points). */
	record MeJson(long personId, boolean optedOut, Map<String, PeriodJson> periods, List<EntryJson> entries,
			boolean more, List<BadgeJson> badges) {
	}

	private final MyRecognition mine;

	MyRecognitionApi(MyRecognition mine) {
		this.mine = mine;
	}

	@GetMapping("/api/v1/recognition/me")
	@Operation(summary = "The viewer's points this quarter, this year and all time with their rank on each board, the newest 100 rows of their ledger with their sources, their badges, and whether they opted out of the leaderboards")
	MeJson me(@AuthenticationPrincipal AgoraPrincipal viewer) {
		return json(mine.of(viewer));
	}

	@PutMapping("/api/v1/recognition/me")
	@Operation(summary = "Opt out of the leaderboards, or back in: {\"optOut\": true|false}; you still earn points and badges")
	MeJson optOut(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json) {
		Object value = json == null ? null : json.get("optOut");
		if (!(value instanceof Boolean out)) {
			throw new InvalidInputException("optOut", "recognition.me.error.optOut", "Give optOut as true or false.");
		}
		mine.optOut(viewer, out);
		return json(mine.of(viewer));
	}

	static MeJson json(MyRecognition.View view) {
		Map<String, PeriodJson> periods = new LinkedHashMap<>();
		for (var period : BoardPeriod.values()) {
			var standing = view.standings().get(period);
			periods.put(period.key(),
					new PeriodJson(view.points().get(period), standing == null ? null : standing.rank()));
		}
		var entries = view.rows().stream().map(r -> {
			var e = r.entry();
			return new EntryJson(e.id(), e.rule(), e.points(), r.kind(), e.subjectKind(), e.subjectId(), r.path(),
					e.privateSource(), r.takenBack(), e.reverses(), e.occurredAt());
		}).toList();
		var badges = view.badges()
			.stream()
			.map(b -> new BadgeJson(b.slug(), b.nameEn(), b.nameHe(), b.descriptionEn(), b.descriptionHe(),
					b.citation(), b.awardedAt()))
			.toList();
		return new MeJson(view.personId(), view.optedOut(), periods, entries, view.more(), badges);
	}
}
