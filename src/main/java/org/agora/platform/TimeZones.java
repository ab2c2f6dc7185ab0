package org.agora.platform;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The IANA time zones a person or an event may choose, by their region names ("Asia/Jerusalem"). */
public final class TimeZones {

	private static final List<String> ALL = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/\\-]+")
				|| "UTC".equals(id))
		.sorted()
		.toList();

	private TimeZones() {
	}

	/** Every zone on offer, sorted by name. */
	public static List<String> all() {
		return ALL;
	}

	private static final java.util.Set<String> NAMES = java.util.Set.copyOf(ALL);

	/**
	 * The zone of an IANA region name on offer, or empty when the name is blank or not one of them (offsets such as
	 * {@code +02:00} are refused: they do not follow daylight saving time).
	 */
	public static Optional<ZoneId> parse(String name) {
		if (name == null || name.isBlank() || name.length() > 64 || !NAMES.contains(name.strip())) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(name.strip()));
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}
}
