package org.agora.knowledgemap;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tree of knowledge areas as JSON, a page at a time as the other list APIs answer, and adding and deleting an
 * area, through the same services and permission checks as the pages.
 */
@RestController
@RequestMapping("/api/v1/knowledge-areas")
@Tag(name = "Knowledge areas", description = "The tree of knowledge domains and the units that depend on them")
class AreasApi {

	record AreaJson(long id, Long parentId, int depth, String name, String description, List<NeedsApi.Ref> units,
			int openNeeds, String riskLevel, int version) {
	}

	private final Areas areas;

	private final Needs needs;

	private final NeedUnits units;

	private final KnowledgeMapPolicy policy;

	AreasApi(Areas areas, Needs needs, NeedUnits units, KnowledgeMapPolicy policy) {
		this.areas = areas;
		this.needs = needs;
		this.units = units;
		this.policy = policy;
	}

	@GetMapping
	@Operation(summary = "Areas in tree order (parents first), with their units, open needs and risk level, a page at a time: page (from 0), size (1-100, 20 unless given)")
	NeedJsons.PageJson<AreaJson> list(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return NeedJsons.page(all(viewer), page, size);
	}

	@PostMapping
	@Operation(summary = "Add an area: name, parentId, description, unitIds (leaders and managers)")
	ResponseEntity<AreaJson> create(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json) {
		var body = NeedJsons.body(json);
		long id = areas.create(viewer, new AreaForm(body.text("parentId"), body.text("name"), body.text("description"),
				body.list("unitIds"), null));
		var created = all(viewer).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/knowledge-areas/" + id)).body(created);
	}

	@DeleteMapping("/{id:\\d+}")
	@Operation(summary = "Delete an area that has no sub-area, need or holder (managers); otherwise 409, naming what hangs on it")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		areas.delete(viewer, id);
		return ResponseEntity.noContent().build();
	}

	/** Every area in tree order. */
	private List<AreaJson> all(AgoraPrincipal viewer) {
		if (!policy.maySeeMap(viewer)) {
			throw new NotFoundException("Knowledge map");
		}
		var tree = areas.tree();
		var names = units.names(tree.stream().flatMap(n -> n.area().unitIds().stream()).toList());
		var open = needs.openByArea();
		var levels = areas.riskLevels(viewer);
		return tree.stream()
			.map(n -> new AreaJson(n.area().id(), n.area().parentId(), n.depth(), n.area().name(),
					n.area().description(),
					n.area().unitIds().stream().map(u -> new NeedsApi.Ref(u, names.get(u))).toList(),
					open.getOrDefault(n.area().id(), 0), levels.get(n.area().id()), n.area().version()))
			.toList();
	}

	/**
	 * A field error is 400 and names the field; a delete refused by what hangs on the area is a 409 conflict whose
	 * {@code reason} says what: children, needs, holders (or other).
	 */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		var answer = NeedJsons.problem(e, e instanceof Areas.InUse);
		if (e instanceof Areas.InUse inUse && answer.getBody() != null) {
			answer.getBody().setProperty("reason", inUse.use());
		}
		return answer;
	}
}
