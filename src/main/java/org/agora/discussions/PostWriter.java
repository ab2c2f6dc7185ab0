package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Writes posts with their attachments and mentions; the callers hold the transaction and check the rules. */
@Component
class PostWriter {

	private final JdbcClient jdbc;

	private final People people;

	PostWriter(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	long insert(long threadId, long authorId, String body, boolean opening, Long quoteOf, Instant now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_post (thread_id, author_id, body, opening, quote_of, created_at)
				values (:thread, :author, :body, :opening, :quote, :now)""")
			.param("thread", threadId)
			.param("author", authorId)
			.param("body", body)
			.param("opening", opening)
			.param("quote", quoteOf)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void attach(long postId, long uploadedBy, List<PostRules.CheckedFile> files, Instant now) {
		for (var file : files) {
			jdbc.sql("""
					insert into discussions_attachment (post_id, file_name, content_type, size_bytes, data, uploaded_by,
					  created_at) values (:post, :name, :type, :size, :data, :by, :now)""")
				.param("post", postId)
				.param("name", file.name())
				.param("type", file.contentType())
				.param("size", file.data().length)
				.param("data", file.data())
				.param("by", uploadedBy)
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	/**
	 * Stores the people the body mentions that the post did not mention before (never its author, nor anyone who may
	 * not read the space, so that a mention never shows a private thread to an outsider) and returns them.
	 */
	List<Long> mention(Space space, long postId, long authorId, String body) {
		var handles = Mentions.handlesIn(body);
		if (handles.isEmpty()) {
			return List.of();
		}
		Collection<PersonSummary> named = people.byHandles(handles).values();
		if (named.isEmpty()) {
			return List.of();
		}
		var readers = readers(space, named.stream().map(PersonSummary::id).toList());
		var found = named.stream().filter(p -> readers.contains(p.id())).toList();
		var already = jdbc.sql("select person_id from discussions_mention where post_id = :post")
			.param("post", postId)
			.query(Long.class)
			.list();
		List<Long> added = new ArrayList<>();
		for (var person : found) {
			if (person.id() != authorId && !already.contains(person.id()) && !added.contains(person.id())) {
				jdbc.sql("insert into discussions_mention (post_id, person_id) values (:post, :person)")
					.param("post", postId)
					.param("person", person.id())
					.update();
				added.add(person.id());
			}
		}
		return List.copyOf(added);
	}

	/**
	 * Of the people, those who may read the space, by the rules of {@link DiscussionsPolicy#maySee(
	 * org.agora.platform.security.AgoraPrincipal, Space)}: managers everywhere, the organization outside private
	 * spaces, and the space's active members.
	 */
	private List<Long> readers(Space space, List<Long> ids) {
		return jdbc.sql("""
				select p.id from people_person p where p.id in (:ids) and (
				  exists (select 1 from people_person_role r where r.person_id = p.id
				          and r.role in ('COMMUNITY_MANAGER', 'ADMIN'))
				  or (:open and exists (select 1 from people_person_role r where r.person_id = p.id and r.role <> 'GUEST'))
				  or exists (select 1 from discussions_space_member m where m.space_id = :space and m.person_id = p.id
				             and m.status = 'ACTIVE'))""")
			.param("ids", ids)
			.param("open", !space.isPrivate())
			.param("space", space.id())
			.query(Long.class)
			.list();
	}

	void tag(long threadId, List<String> tags) {
		jdbc.sql("delete from discussions_thread_tag where thread_id = :thread").param("thread", threadId).update();
		for (String tag : tags) {
			jdbc.sql("insert into discussions_thread_tag (thread_id, tag) values (:thread, :tag)")
				.param("thread", threadId)
				.param("tag", tag)
				.update();
		}
	}
}
