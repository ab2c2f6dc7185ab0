package org.agora.discussions;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The radar as JSON: the approved links, and sharing one (pending unless a community manager shares it). */
@RestController
class RadarApi {

	/** A link as the API shows it. */
	record RadarItemJson(long id, String url, String title, String summary, RadarKind kind, String status,
			boolean featured, List<String> tags, Instant createdAt) {

		static RadarItemJson of(RadarItem item) {
			return new RadarItemJson(item.id(), item.url(), item.title(), item.summary(), item.kind(),
					item.status().name(), item.featured(), item.tags(), item.createdAt());
		}
	}

	/** A page of links. */
	record RadarPageJson(List<RadarItemJson> items, int page, int size, long total) {
	}

	/** A link to share; the author and time come from the server. */
	record RadarRequest(String url, String title, String summary, String kind, List<String> tags) {

		RadarForm form() {
			return new RadarForm(url, title, summary, tags == null ? "" : String.join(",", tags), kind);
		}
	}

	private final Radar radar;

	RadarApi(Radar radar) {
		this.radar = radar;
	}

	@GetMapping("/api/v1/radar")
	RadarPageJson list(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String tag, @RequestParam(defaultValue = "0") int page) {
		var found = radar.approved(viewer, RadarController.kindOf(kind), tag, page);
		return new RadarPageJson(found.items().stream().map(RadarItemJson::of).toList(), found.page(), found.size(),
				found.total());
	}

	@PostMapping("/api/v1/radar")
	ResponseEntity<RadarItemJson> share(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody RadarRequest request) {
		var item = radar.submit(viewer, request.form());
		return ResponseEntity.created(URI.create("/radar#radar-item-" + item.id())).body(RadarItemJson.of(item));
	}

	@ExceptionHandler(RadarDuplicateException.class)
	ProblemDetail duplicate(RadarDuplicateException e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setTitle("Already shared");
		problem.setProperty("existingId", e.existingId());
		problem.setProperty("existing", e.link());
		return problem;
	}
}
