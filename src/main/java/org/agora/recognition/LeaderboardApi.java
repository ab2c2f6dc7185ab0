package org.agora.recognition;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The leaderboard as JSON, through the same service and permission checks as its page. */
@RestController
@Tag(name = "Recognition", description = "Points, leaderboards, badges and the community's achievements")
class LeaderboardApi {

	record UnitJson(long id, String name) {
	}

	record StandingJson(int rank, long personId, String name, Long unitId, String unitName, int points) {

		static StandingJson of(Leaderboards.Standing s) {
			return s == null ? null
					: new StandingJson(s.rank(), s.personId(), s.name(), s.unitId(), s.unitName(), s.points());
		}
	}

	/**
	 * @param from the first day of the period, null for all time
	 * @param to the last day of the period, null for all time
	 * @param ranked how many people the board ranks in all
	 * @param mine the viewer's standing, null unless they are on the board
	 * @param place RANKED, or why the viewer is not on the board: OPTED_OUT, OUTSIDE_UNIT or NO_POINTS
	 */
	record BoardJson(String period, LocalDate from, LocalDate to, UnitJson unit, int size, int ranked,
			List<StandingJson> top, StandingJson mine, Leaderboards.Place place) {
	}

	private final Leaderboards boards;

	LeaderboardApi(Leaderboards boards) {
		this.boards = boards;
	}

	@GetMapping("/api/v1/recognition/leaderboard")
	@Operation(summary = "People ranked by points: period (quarter, the default; year; all), unit (an org unit's id, with the units under it), size (1-100, 20 unless given); the same points share a rank; people who opted out, inactive people and guests are left out; mine is the viewer's own standing, even below the top")
	BoardJson board(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String period,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String size) {
		var board = boards.board(viewer, Leaderboards.Query.parse(period, unit, size));
		var query = board.query();
		return new BoardJson(query.period().key(), board.window().first(), board.window().last(),
				query.unitId() == null ? null : new UnitJson(query.unitId(), board.unitName()), query.size(),
				board.ranked(), board.top().stream().map(StandingJson::of).toList(), StandingJson.of(board.mine()),
				board.place());
	}
}
