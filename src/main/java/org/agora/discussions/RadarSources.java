package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.agora.platform.outbound.OutboundFetcher;
import org.agora.platform.outbound.OutboundRefusedException;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The radar's feed sources, which community managers add, switch on and off and fetch. A feed URL is checked by the
 * outgoing-fetch guard when it is added, so that a refused address is a clear form error.
 */
@Service
class RadarSources {

	static final int MAX_NAME = 120;

	private static final String SELECT = """
			select id, name, feed_url, enabled, last_fetched_at, last_error from discussions_radar_source""";

	private final JdbcClient jdbc;

	private final OutboundFetcher fetcher;

	private final Clock clock;

	RadarSources(JdbcClient jdbc, OutboundFetcher fetcher, Clock clock) {
		this.jdbc = jdbc;
		this.fetcher = fetcher;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<RadarSource> all(AgoraPrincipal viewer) {
		requireCurate(viewer);
		return jdbc.sql(SELECT + " order by name, id").query(RadarSources::map).list();
	}

	Optional<RadarSource> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(RadarSources::map).optional();
	}

	/** The enabled sources, for the scheduled fetch. */
	List<RadarSource> enabled() {
		return jdbc.sql(SELECT + " where enabled order by id").query(RadarSources::map).list();
	}

	@Transactional
	long add(AgoraPrincipal viewer, String name, String feedUrl) {
		requireCurate(viewer);
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
			throw new InvalidInputException("name", "dradar.error.sourceName", "Give the source a name of at most 120 characters");
		}
		String url = RadarUrls.check(feedUrl, "feedUrl");
		try {
			fetcher.check(url);
		}
		catch (OutboundRefusedException e) {
			throw new InvalidInputException("feedUrl", "dradar.error.feedRefused", e.getMessage());
		}
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_radar_source (name, feed_url, enabled, created_by, created_at)
				values (:name, :url, true, :by, :now)""")
			.param("name", cleanName)
			.param("url", url)
			.param("by", viewer.personId())
			.param("now", Timestamp.from(clock.instant()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	@Transactional
	void setEnabled(AgoraPrincipal viewer, long id, boolean enabled) {
		requireCurate(viewer);
		int updated = jdbc.sql("update discussions_radar_source set enabled = :enabled where id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
		if (updated == 0) {
			throw new NotFoundException("No radar source " + id);
		}
	}

	/** Records the outcome of a fetch. */
	@Transactional
	void recordFetch(long id, Instant at, String error) {
		jdbc.sql("update discussions_radar_source set last_fetched_at = :at, last_error = :error where id = :id")
			.param("at", Timestamp.from(at))
			.param("error", error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error)
			.param("id", id)
			.update();
	}

	static void requireCurate(AgoraPrincipal viewer) {
		if (!Radar.mayCurate(viewer)) {
			throw new AccessDeniedException("Only community managers manage the radar's sources");
		}
	}

	private static RadarSource map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		var fetched = rs.getTimestamp("last_fetched_at");
		return new RadarSource(rs.getLong("id"), rs.getString("name"), rs.getString("feed_url"),
				rs.getBoolean("enabled"), fetched == null ? null : fetched.toInstant(), rs.getString("last_error"));
	}
}
