package org.agora.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Writes a session's "last accessed" time at most once per resolution (a minute). Every request touches its session;
 * without this, each page view would be a database write, and parallel requests of one person would queue on one
 * row. A session therefore expires up to a minute earlier than its timeout says; changed attributes are saved at
 * once, as before.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
final class ThrottledSessionRepository
		implements FindByIndexNameSessionRepository<ThrottledSessionRepository.ThrottledSession> {

	private final FindByIndexNameSessionRepository delegate;

	private final Duration resolution;

	ThrottledSessionRepository(FindByIndexNameSessionRepository<? extends Session> delegate, Duration resolution) {
		this.delegate = delegate;
		this.resolution = resolution;
	}

	@Override
	public ThrottledSession createSession() {
		return new ThrottledSession((Session) delegate.createSession(), Duration.ZERO);
	}

	@Override
	public void save(ThrottledSession session) {
		delegate.save(session.inner);
	}

	@Override
	public ThrottledSession findById(String id) {
		Session found = (Session) delegate.findById(id);
		return found == null ? null : new ThrottledSession(found, resolution);
	}

	@Override
	public void deleteById(String id) {
		delegate.deleteById(id);
	}

	@Override
	public Map<String, ThrottledSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Session> found = delegate.findByIndexNameAndIndexValue(indexName, indexValue);
		Map<String, ThrottledSession> result = new LinkedHashMap<>();
		found.forEach((id, session) -> result.put(id, new ThrottledSession(session, resolution)));
		return result;
	}

	/** A stored session that passes a new "last accessed" time on only when the stored one is a resolution old. */
	static final class ThrottledSession implements Session {

		private final Session inner;

		private final Duration resolution;

		ThrottledSession(Session inner, Duration resolution) {
			this.inner = inner;
			this.resolution = resolution;
		}

		@Override
		public String getId() {
			return inner.getId();
		}

		@Override
		public String changeSessionId() {
			return inner.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return inner.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return inner.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			inner.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			inner.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return inner.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(inner.getLastAccessedTime().plus(resolution))) {
				inner.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return inner.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			inner.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return inner.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return inner.isExpired();
		}
	}
}
