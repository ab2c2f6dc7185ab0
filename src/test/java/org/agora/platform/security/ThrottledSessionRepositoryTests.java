package org.agora.platform.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

/** A session's last access reaches the store at most once a minute; attributes reach it at once. */
class ThrottledSessionRepositoryTests {

	private final Map<String, MapSession> stored = new HashMap<>();

	private final FindByIndexNameSessionRepository<MapSession> store = new FindByIndexNameSessionRepository<>() {

		@Override
		public MapSession createSession() {
			return new MapSession();
		}

		@Override
		public void save(MapSession session) {
			stored.put(session.getId(), new MapSession(session));
		}

		@Override
		public MapSession findById(String id) {
			var session = stored.get(id);
			return session == null ? null : new MapSession(session);
		}

		@Override
		public void deleteById(String id) {
			stored.remove(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String name, String value) {
			return Map.of();
		}
	};

	private final ThrottledSessionRepository sessions = new ThrottledSessionRepository(store, Duration.ofMinutes(1));

	@Test
	void lastAccessIsWrittenAtMostOnceAMinute() {
		var created = sessions.createSession();
		var start = created.getLastAccessedTime();
		sessions.save(created);

		var again = sessions.findById(created.getId());
		again.setLastAccessedTime(start.plusSeconds(30));
		again.setAttribute("language", "he");
		sessions.save(again);
		assertThat(stored.get(created.getId()).getLastAccessedTime()).isEqualTo(start);
		assertThat(stored.get(created.getId()).<String>getAttribute("language")).isEqualTo("he");

		var later = sessions.findById(created.getId());
		later.setLastAccessedTime(start.plusSeconds(61));
		sessions.save(later);
		assertThat(stored.get(created.getId()).getLastAccessedTime()).isEqualTo(start.plusSeconds(61));
	}

	@Test
	void deletedSessionsAreGone() {
		var created = sessions.createSession();
		sessions.save(created);
		sessions.deleteById(created.getId());
		assertThat(sessions.findById(created.getId())).isNull();
	}
}
