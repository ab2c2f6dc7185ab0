package org.agora.platform.settings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Settings that admins and community managers change while Agora runs, with defaults from the code. */
@Component
public class Settings {

	/** The organization's name, shown at the foot of every page. */
	public static final String ORGANIZATION_NAME = "platform.organization-name";

	private final JdbcClient jdbc;

	private final Clock clock;

	Settings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<String> find(String key) {
		return jdbc.sql("select setting_value from platform_setting where setting_key = :key")
			.param("key", key)
			.query(String.class)
			.optional();
	}

	public String get(String key, String fallback) {
		return find(key).orElse(fallback);
	}

	public int getInt(String key, int fallback) {
		return find(key).map(value -> {
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException e) {
				return fallback;
			}
		}).orElse(fallback);
	}

	@Transactional
	public void put(String key, String value) {
		var now = Timestamp.from(clock.instant());
		int updated = jdbc.sql("update platform_setting set setting_value = :value, updated_at = :now where setting_key = :key")
			.param("value", value)
			.param("now", now)
			.param("key", key)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into platform_setting (setting_key, setting_value, updated_at) values (:key, :value, :now)")
				.param("key", key)
				.param("value", value)
				.param("now", now)
				.update();
		}
	}
}
