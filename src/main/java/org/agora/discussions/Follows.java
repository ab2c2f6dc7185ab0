package org.agora.discussions;

import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people watch. Following is idempotent: following twice or unfollowing what one does not follow changes
 * nothing. Who of the followers may still read a thread is for the caller to check with the policy.
 */
@Repository
@Transactional
class Follows {

	private final JdbcClient jdbc;

	private final Clock clock;

	Follows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void follow(long personId, FollowTarget kind, String target) {
		if (isFollowing(personId, kind, target)) {
			return;
		}
		jdbc.sql("""
				insert into discussions_follow (person_id, target_kind, target, created_at)
				select :person, :kind, :target, :now where not exists (select 1 from discussions_follow
				  where person_id = :person and target_kind = :kind and target = :target)""")
			.param("person", personId)
			.param("kind", kind.name())
			.param("target", target)
			.param("now", Timestamp.from(Instant.now(clock)))
			.update();
	}

	void unfollow(long personId, FollowTarget kind, String target) {
		jdbc.sql("delete from discussions_follow where person_id = :person and target_kind = :kind and target = :target")
			.param("person", personId)
			.param("kind", kind.name())
			.param("target", target)
			.update();
	}

	@Transactional(readOnly = true)
	boolean isFollowing(long personId, FollowTarget kind, String target) {
		return jdbc.sql("""
				select count(*) from discussions_follow
				where person_id = :person and target_kind = :kind and target = :target""")
			.param("person", personId)
			.param("kind", kind.name())
			.param("target", target)
			.query(Integer.class)
			.single() > 0;
	}

	/** Everyone who watches the target. */
	@Transactional(readOnly = true)
	List<Long> followers(FollowTarget kind, String target) {
		return jdbc.sql("select person_id from discussions_follow where target_kind = :kind and target = :target")
			.param("kind", kind.name())
			.param("target", target)
			.query(Long.class)
			.list();
	}

	/** What the person watches of one kind, newest first. */
	@Transactional(readOnly = true)
	List<String> followed(long personId, FollowTarget kind) {
		return jdbc.sql("""
				select target from discussions_follow where person_id = :person and target_kind = :kind
				order by created_at desc""")
			.param("person", personId)
			.param("kind", kind.name())
			.query(String.class)
			.list();
	}
}
