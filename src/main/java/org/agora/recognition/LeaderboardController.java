package org.agora.recognition;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leaderboard page. A period, unit or size it cannot use answers 400 with the reason and the default board; an
 * htmx request gets the board alone, for the filter to swap in.
 */
@Controller
class LeaderboardController {

	private final Leaderboards boards;

	private final BoardUnits units;

	LeaderboardController(Leaderboards boards, BoardUnits units) {
		this.boards = boards;
		this.units = units;
	}

	@GetMapping("/recognition/leaderboard")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String period,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String size,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			Model model) {
		Leaderboards.Board board;
		var errors = FormErrors.none();
		try {
			board = boards.board(viewer, Leaderboards.Query.parse(period, unit, size));
		}
		catch (InvalidInputException e) {
			errors = FormErrors.of(e);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			board = boards.board(viewer, Leaderboards.Query.DEFAULT);
		}
		model.addAttribute("board", board);
		model.addAttribute("errors", errors);
		if (htmx != null) {
			return "recognition/boardTable";
		}
		model.addAttribute("units", units.all());
		return "recognition/board";
	}
}
