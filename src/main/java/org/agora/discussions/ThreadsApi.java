package org.agora.discussions;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Threads and their posts as JSON, through the same services and permission checks as the pages. */
@RestController
@RequestMapping("/api/v1/threads")
@Tag(name = "Threads", description = "Discussions and questions, their replies and answers")
class ThreadsApi {

	static final int PAGE_SIZE = 20;

	/** Errors about the state of a thread rather than the input. */
	private static final List<String> CONFLICTS = List.of("dthreads.error.locked", "dthreads.error.closed",
			"dthreads.error.archived", "dthreads.error.hidden", "dthreads.error.changedMeanwhile");

	record PageJson<T>(List<T> items, int page, int size, long total) {
	}

	record ThreadJson(long id, String path, long spaceId, String spaceSlug, ThreadKind kind, String title,
			long authorId, Instant createdAt, Instant lastActivityAt, int replyCount, boolean pinned, boolean locked,
			boolean closed, boolean hidden, Long duplicateOf, Long acceptedPostId, Instant firstAnswerAt,
			List<String> tags) {
	}

	record AttachmentJson(long id, String name, String contentType, int size, String href) {
	}

	/** A post; body is left out (null) when the post is hidden from the viewer. */
	record PostJson(long id, long authorId, String authorName, boolean opening, String body, boolean hidden,
			Instant createdAt, Instant editedAt, int editCount, int likeCount, int score, Long quoteOf,
			List<AttachmentJson> attachments) {
	}

	record ThreadPageJson(ThreadJson thread, PostJson opening, List<PostJson> posts, int page, int size, long total) {
	}

	private final JdbcClient jdbc;

	private final Spaces spaces;

	private final ThreadStore threads;

	private final ThreadService service;

	private final ThreadPage pages;

	ThreadsApi(JdbcClient jdbc, Spaces spaces, ThreadStore threads, ThreadService service, ThreadPage pages) {
		this.jdbc = jdbc;
		this.spaces = spaces;
		this.threads = threads;
		this.service = service;
		this.pages = pages;
	}

	@GetMapping
	@Operation(summary = "Threads the viewer may see, newest activity first; filter by space (slug or id), tag and kind")
	PageJson<ThreadJson> list(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) String space, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page) {
		if (page < 0) {
			throw new InvalidInputException("page", "dthreads.error.page", "The page is a number from 0.");
		}
		var filter = spaces.filter(viewer);
		Map<String, Object> params = new HashMap<>(filter.params());
		var where = new StringBuilder(
				" from discussions_thread t join discussions_space s on s.id = t.space_id where " + filter.where());
		where.append(" and (not t.hidden or t.author_id = :me or ").append(moderates()).append(")");
		params.put("me", viewer.personId());
		params.put("manager", viewer.isManager());
		if (space != null && !space.isBlank()) {
			where.append(" and t.space_id = :space");
			params.put("space", space(viewer, space).id());
		}
		if (tag != null && !tag.isBlank()) {
			where.append(" and exists (select 1 from discussions_thread_tag g where g.thread_id = t.id and g.tag = :tag)");
			params.put("tag", tag.strip().toLowerCase(java.util.Locale.ROOT));
		}
		if (kind != null && !kind.isBlank()) {
			where.append(" and t.kind = :kind");
			params.put("kind", PostRules.kind(kind).name());
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		var rows = threads.list("select " + ThreadStore.COLUMNS + where + " order by t.last_activity_at desc, t.id desc"
				+ " limit " + PAGE_SIZE + " offset " + (long) page * PAGE_SIZE, params);
		Map<Long, String> slugs = new HashMap<>();
		return new PageJson<>(rows.stream().map(t -> json(t, slugs.computeIfAbsent(t.spaceId(),
				id -> spaces.find(id).map(Space::slug).orElse("")))).toList(), page, PAGE_SIZE, total);
	}

	/** A hidden thread is listed for its author and the space's moderators, as the policy says. */
	private static String moderates() {
		return """
				:manager or exists (select 1 from discussions_space_member m where m.space_id = s.id
				  and m.person_id = :me and m.role = 'MODERATOR' and m.status = 'ACTIVE')""";
	}

	@PostMapping
	@Operation(summary = "Start a thread: space (slug or id), kind, title, body (Markdown), tags; the author and times are the server's")
	ResponseEntity<ThreadPageJson> create(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json) {
		Map<String, Object> body = json == null ? Map.of() : json;
		var space = space(viewer, text(body, "space"));
		String tags = body.get("tags") instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
				: text(body, "tags");
		var form = new ThreadForm(text(body, "kind"), text(body, "title"), text(body, "body"), tags);
		long id = service.start(viewer, space, form, List.of());
		return ResponseEntity.created(URI.create("/api/v1/threads/" + id)).body(page(viewer, id, 0));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A thread with its opening post and one page of replies, in the order of the thread page")
	ThreadPageJson thread(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page) {
		return page(viewer, id, page);
	}

	@PostMapping("/{id}/posts")
	@Operation(summary = "Reply to a discussion or answer a question: body (Markdown) and quoteOf, a post of the same thread")
	ResponseEntity<PostJson> reply(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) Map<String, Object> json) {
		Map<String, Object> body = json == null ? Map.of() : json;
		Long quoteOf = null;
		Object quote = body.get("quoteOf");
		if (quote instanceof Number n) {
			quoteOf = n.longValue();
		}
		else if (quote != null) {
			throw new InvalidInputException("quoteOf", "dthreads.error.quote", "\"quoteOf\" is a post id.");
		}
		long postId = service.reply(viewer, id, text(body, "body"), quoteOf, List.of());
		var thread = threads.find(id).orElseThrow();
		var view = pages.view(viewer, id, service.pageOf(thread, postId));
		var post = view.replies().stream().filter(p -> p.id() == postId).findFirst().orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/threads/" + id + "?page=" + view.page())).body(json(post));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		boolean conflict = CONFLICTS.contains(e.messageKey());
		HttpStatus status = e instanceof PostLimiter.TooManyPostsException ? HttpStatus.TOO_MANY_REQUESTS
				: conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		var problem = ProblemDetail.forStatusAndDetail(status,
				status == HttpStatus.BAD_REQUEST ? "Invalid " + e.field() : e.getMessage());
		problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid input" : status.getReasonPhrase());
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
		return ResponseEntity.status(status).body(problem);
	}

	private ThreadPageJson page(AgoraPrincipal viewer, long id, int page) {
		var view = pages.view(viewer, id, page);
		return new ThreadPageJson(json(view.thread(), view.space().slug()), json(view.opening()),
				view.replies().stream().map(ThreadsApi::json).toList(), view.page(), view.size(), view.total());
	}

	/** A space by slug or id, as the viewer sees it. */
	private Space space(AgoraPrincipal viewer, String slugOrId) {
		if (slugOrId == null || slugOrId.isBlank()) {
			throw new InvalidInputException("space", "dthreads.error.space", "Name the space, by slug or id.");
		}
		String key = slugOrId.strip();
		if (key.chars().allMatch(Character::isDigit) && key.length() < 18) {
			return spaces.visible(viewer, Long.parseLong(key));
		}
		return spaces.visible(viewer, key);
	}

	private static String text(Map<String, Object> json, String field) {
		Object value = json.get(field);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		if (value instanceof Number) {
			return value.toString();
		}
		throw new InvalidInputException(field, "dthreads.error.type", "\"" + field + "\" is to be text.");
	}

	private static ThreadJson json(DiscussionThread t, String spaceSlug) {
		return new ThreadJson(t.id(), t.path(), t.spaceId(), spaceSlug, t.kind(), t.title(), t.authorId(),
				t.createdAt(), t.lastActivityAt(), t.replyCount(), t.pinned(), t.locked(), t.closed(), t.hidden(),
				t.duplicateOf(), t.acceptedPostId(), t.firstAnswerAt(), t.tags());
	}

	private static PostJson json(ThreadPage.PostView p) {
		return new PostJson(p.id(), p.authorId(), p.authorName(), p.opening(), p.body(), p.hidden(), p.createdAt(),
				p.editedAt(), p.editCount(), p.likeCount(), p.score(), p.quote() == null ? null : p.quote().postId(),
				p.attachments().stream().map(a -> new AttachmentJson(a.id(), a.name(), a.contentType(), a.size(),
						a.href())).toList());
	}
}
