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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tree of knowledge areas as JSON, through the same services and permission checks as the pages. */
@RestController
@RequestMapping("/api/v1/knowledge-areas")
@Tag(name = "Knowledge areas", description = "The tree of knowledge domains and the units that depend on them")
class AreasApi {

	record AreaJson(long id, Long parentId, int depth, String name, String description, List<NeedsApi.Ref> units,
			int openNeeds, String riskLevel) {
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
	@Operation(summary = "Every area in tree order (parents first), with its units, open needs and risk level")
	List<AreaJson> list(@AuthenticationPrincipal AgoraPrincipal viewer) {
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
					open.getOrDefault(n.area().id(), 0), levels.get(n.area().id())))
			.toList();
	}

	@PostMapping
	@Operation(summary = "Add an area: name, parentId, description, unitIds (leaders and managers)")
	ResponseEntity<AreaJson> create(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json) {
		long id = areas.create(viewer, new AreaForm(NeedJsons.text(json, "parentId"), NeedJsons.text(json, "name"),
				NeedJsons.text(json, "description"), NeedJsons.list(json, "unitIds")));
		var created = list(viewer).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/knowledge-areas/" + id)).body(created);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		return NeedJsons.problem(e, false);
	}
}
