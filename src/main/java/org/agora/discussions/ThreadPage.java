package org.agora.discussions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thread page as the viewer may see it: the opening post on every page, then one page of replies (answers in
 * their order), each with its author, quote, attachments and the viewer's votes, likes and flags. A fixed number of
 * queries whatever the number of posts: one per kind of thing, for the whole page.
 */
@Component
@Transactional(readOnly = true)
class ThreadPage {

	/** A file attached to a post, without its data. */
	record AttachmentInfo(long id, long postId, String name, String contentType, int size) {

		boolean image() {
			return org.agora.platform.FileTypes.isSafeImage(contentType);
		}

		String href() {
			return "/discussions/attachments/" + id;
		}
	}

	/** The post a reply quotes; snippet is null when the quoted post is hidden from the viewer. */
	record Quote(long postId, String authorName, String snippet) {
	}

	/**
	 * A post as the viewer sees it.
	 *
	 * @param body the Markdown, or null when the post is hidden from the viewer
	 * @param html the rendered body, empty when hidden from the viewer
	 */
	record PostView(long id, long authorId, String authorName, boolean opening, String body, String html,
			boolean hidden, Instant createdAt, Instant editedAt, int editCount, int likeCount, int score,
			boolean likedByMe, boolean mayLike, boolean mayEdit, Quote quote, List<AttachmentInfo> attachments,
			PostTools tools) {

		boolean shown() {
			return body != null;
		}
	}

	/** A page of a thread; page is from 0. */
	record View(Space space, DiscussionThread thread, PostView opening, List<PostView> replies, int page, int size,
			long total, boolean following, String replyRefusal, ThreadTools tools, DiscussionThread duplicateOf,
			boolean moderator) implements Paging {

		boolean mayReply() {
			return replyRefusal == null;
		}

		String pageHref(int n) {
			return thread.path() + (n == 0 ? "" : "?page=" + n);
		}

		/** The last page, where the reply form quotes the post. */
		String quoteHref(long postId) {
			int last = pages() - 1;
			return thread.path() + "?" + (last == 0 ? "" : "page=" + last + "&") + "quote=" + postId + "#reply-form";
		}

		/** "Answered within …" as a message key and its number, or null while the question has no answer. */
		String[] answeredWithin() {
			return thread.isQuestion() ? ThreadPage.answeredWithin(thread.answeredWithin()) : null;
		}
	}

	private final JdbcClient jdbc;

	private final ThreadStore threads;

	private final Spaces spaces;

	private final DiscussionsPolicy policy;

	private final Follows follows;

	private final ThreadService service;

	private final MarkdownRenderer markdown;

	ThreadPage(JdbcClient jdbc, ThreadStore threads, Spaces spaces, DiscussionsPolicy policy, Follows follows,
			ThreadService service, MarkdownRenderer markdown) {
		this.jdbc = jdbc;
		this.threads = threads;
		this.spaces = spaces;
		this.policy = policy;
		this.follows = follows;
		this.service = service;
		this.markdown = markdown;
	}

	/** The order of the replies: in time for a discussion; accepted, then by score, then in time for a question. */
	static String order(DiscussionThread thread) {
		return thread.isQuestion()
				? " order by case when p.id = :accepted then 0 else 1 end, p.score desc, p.created_at, p.id"
				: " order by p.created_at, p.id";
	}

	private static final String SELECT = """
			select p.id, p.author_id, a.full_name as author_name, p.body, p.opening, p.quote_of, p.created_at,
			  p.edited_at, p.edit_count, p.hidden, p.like_count, p.score,
			  q.author_id as q_author, qa.full_name as q_author_name, q.body as q_body, q.hidden as q_hidden
			from discussions_post p join people_person a on a.id = p.author_id
			left join discussions_post q on q.id = p.quote_of left join people_person qa on qa.id = q.author_id
			""";

	/** A raw post row before the viewer's part is added. */
	private record Row(long id, long authorId, String authorName, String body, boolean opening, Long quoteOf,
			Instant createdAt, Instant editedAt, int editCount, boolean hidden, int likeCount, int score,
			Long quoteAuthor, String quoteAuthorName, String quoteBody, boolean quoteHidden) {
	}

	View view(AgoraPrincipal viewer, long threadId, int requestedPage) {
		var located = threads.visible(viewer, threadId);
		Space space = located.space();
		DiscussionThread thread = located.thread();
		boolean moderator = policy.mayModerate(viewer, space);
		boolean postable = policy.mayPost(viewer, space);
		long total = jdbc.sql("select count(*) from discussions_post where thread_id = :thread and not opening")
			.param("thread", threadId)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + ThreadService.PAGE_SIZE - 1) / ThreadService.PAGE_SIZE);
		int page = Math.min(Math.max(0, requestedPage), pages - 1);
		Row opening = jdbc.sql(SELECT + " where p.thread_id = :thread and p.opening")
			.param("thread", threadId)
			.query(ThreadPage::row)
			.optional()
			.orElseThrow();
		List<Row> rows = jdbc.sql(SELECT + " where p.thread_id = :thread and not p.opening" + order(thread)
				+ " limit " + ThreadService.PAGE_SIZE + " offset " + (long) page * ThreadService.PAGE_SIZE)
			.param("thread", threadId)
			.param("accepted", thread.acceptedPostId() == null ? -1L : thread.acceptedPostId())
			.query(ThreadPage::row)
			.list();
		List<Long> ids = new ArrayList<>();
		ids.add(opening.id());
		rows.forEach(r -> ids.add(r.id()));
		long me = viewer.personId();
		Map<Long, Integer> votes = new HashMap<>();
		jdbc.sql("select post_id, vote from discussions_vote where person_id = :me and post_id in (:ids)")
			.param("me", me)
			.param("ids", ids)
			.query((rs, n) -> votes.put(rs.getLong(1), rs.getInt(2)))
			.list();
		Set<Long> likes = new HashSet<>(jdbc.sql("select post_id from discussions_like where person_id = :me and post_id in (:ids)")
			.param("me", me)
			.param("ids", ids)
			.query(Long.class)
			.list());
		Set<Long> flags = new HashSet<>(jdbc.sql("""
				select post_id from discussions_flag where flagged_by = :me and status = 'OPEN' and post_id in (:ids)""")
			.param("me", me)
			.param("ids", ids)
			.query(Long.class)
			.list());
		Map<Long, List<AttachmentInfo>> files = new LinkedHashMap<>();
		jdbc.sql("""
				select id, post_id, file_name, content_type, size_bytes from discussions_attachment
				where post_id in (:ids) order by id""")
			.param("ids", ids)
			.query((rs, n) -> files.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
				.add(new AttachmentInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5))))
			.list();
		var viewerPart = new ViewerPart(me, thread, postable, moderator, votes, likes, flags, files);
		var openingView = viewerPart.of(opening);
		var replies = rows.stream().map(viewerPart::of).toList();
		boolean following = follows.isFollowing(me, FollowTarget.THREAD, Long.toString(threadId));
		var tools = new ThreadTools(threadId, thread.isQuestion(), thread.pinned(), thread.locked(), thread.closed(),
				thread.duplicateOf(), moderator, moderator ? moveTargets(viewer, space) : List.of());
		DiscussionThread duplicateOf = thread.duplicateOf() == null ? null : visibleOrNull(viewer, thread.duplicateOf());
		return new View(space, thread, openingView, replies, page, ThreadService.PAGE_SIZE, total, following,
				service.replyRefusal(viewer, space, thread), tools, duplicateOf, moderator);
	}

	/** The question a duplicate points to, if the viewer may see it; else the page shows a plain "closed". */
	private DiscussionThread visibleOrNull(AgoraPrincipal viewer, long threadId) {
		// asked without throwing, so the page's transaction is not marked for rollback
		return threads.find(threadId)
			.filter(t -> spaces.find(t.spaceId()).map(s -> policy.maySee(viewer, s, t)).orElse(false))
			.orElse(null);
	}

	/** The other spaces the viewer moderates, where a moderator may move the thread. */
	private List<Space> moveTargets(AgoraPrincipal viewer, Space space) {
		List<Space> all = viewer.isManager() ? spaces.all()
				: jdbc.sql("select " + Spaces.COLUMNS + """
						 from discussions_space s join discussions_space_member m on m.space_id = s.id
						where m.person_id = :me and m.role = 'MODERATOR' and m.status = 'ACTIVE' order by s.name""")
					.param("me", viewer.personId())
					.query(Spaces::row)
					.list();
		return all.stream().filter(s -> s.id() != space.id() && !s.archived()).toList();
	}

	/** Adds what the viewer may see and do to each post, by the policy's rules, answered once for the page. */
	private final class ViewerPart {

		private final long me;

		private final DiscussionThread thread;

		private final boolean postable;

		private final boolean moderator;

		private final Map<Long, Integer> votes;

		private final Set<Long> likes;

		private final Set<Long> flags;

		private final Map<Long, List<AttachmentInfo>> files;

		ViewerPart(long me, DiscussionThread thread, boolean postable, boolean moderator, Map<Long, Integer> votes,
				Set<Long> likes, Set<Long> flags, Map<Long, List<AttachmentInfo>> files) {
			this.me = me;
			this.thread = thread;
			this.postable = postable;
			this.moderator = moderator;
			this.votes = votes;
			this.likes = likes;
			this.flags = flags;
			this.files = files;
		}

		PostView of(Row r) {
			boolean mine = r.authorId() == me;
			boolean shown = !r.hidden() || mine || moderator;
			Quote quote = null;
			if (r.quoteOf() != null) {
				boolean quoteShown = !r.quoteHidden() || moderator || (r.quoteAuthor() != null && r.quoteAuthor() == me);
				quote = new Quote(r.quoteOf(), r.quoteAuthorName(), quoteShown ? markdown.excerpt(r.quoteBody(), 300) : null);
			}
			boolean answer = thread.isQuestion() && !r.opening();
			boolean accepted = thread.acceptedPostId() != null && thread.acceptedPostId() == r.id();
			boolean flagged = flags.contains(r.id());
			var tools = new PostTools(thread.id(), r.id(), answer, r.score(), votes.getOrDefault(r.id(), 0),
					postable && !mine && shown && !thread.locked(), accepted,
					answer && shown && (thread.authorId() == me || moderator), !mine && !flagged, flagged, r.hidden(),
					moderator, thread.isQuestion());
			boolean mayEdit = postable && ((mine && !thread.locked() && !r.hidden()) || moderator);
			return new PostView(r.id(), r.authorId(), r.authorName(), r.opening(), shown ? r.body() : null,
					shown ? markdown.toHtml(r.body()) : "", r.hidden(), r.createdAt(), r.editedAt(), r.editCount(),
					r.likeCount(), r.score(), likes.contains(r.id()), postable && !mine && shown, mayEdit, quote,
					shown ? files.getOrDefault(r.id(), List.of()) : List.of(), tools);
		}
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("author_id"), rs.getString("author_name"), rs.getString("body"),
				rs.getBoolean("opening"), (Long) rs.getObject("quote_of", Long.class),
				ThreadStore.instant(rs, "created_at"), ThreadStore.instant(rs, "edited_at"), rs.getInt("edit_count"),
				rs.getBoolean("hidden"), rs.getInt("like_count"), rs.getInt("score"),
				(Long) rs.getObject("q_author", Long.class), rs.getString("q_author_name"), rs.getString("q_body"),
				rs.getBoolean("q_hidden"));
	}

	/** How long a question waited for its first answer, in the largest fitting unit: minutes, hours or days. */
	static String[] answeredWithin(Duration waited) {
		if (waited == null) {
			return null;
		}
		long minutes = Math.max(1, waited.toMinutes());
		if (minutes < 120) {
			return new String[] { "dthreads.answered.minutes", Long.toString(minutes) };
		}
		long hours = waited.toHours();
		if (hours < 48) {
			return new String[] { "dthreads.answered.hours", Long.toString(hours) };
		}
		return new String[] { "dthreads.answered.days", Long.toString(waited.toDays()) };
	}
}
