package org.agora.platform.outbound;

import java.net.IDN;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.agora.platform.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * The host names an admin lets Agora fetch from even though they resolve to addresses it otherwise refuses (an
 * intranet feed server, say). Exact names only, no wildcards, kept in {@link Settings}, one per line.
 */
@Component
public class OutboundAllowlist {

	static final String SETTING = "platform.outbound.allowlist";

	private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9.:-]*[a-z0-9])?|\\[[0-9a-f:.]+]");

	private final Settings settings;

	OutboundAllowlist(Settings settings) {
		this.settings = settings;
	}

	/** The allowlisted host names, in lower case. */
	public Set<String> hosts() {
		Set<String> hosts = new TreeSet<>();
		for (String line : settings.get(SETTING, "").split("\n")) {
			if (!line.isBlank()) {
				hosts.add(line.strip());
			}
		}
		return hosts;
	}

	public boolean allows(String host) {
		return host != null && hosts().contains(canonical(host));
	}

	/** Replaces the list; throws IllegalArgumentException naming the first entry that is not a host name. */
	public void replace(Collection<String> hosts) {
		Set<String> clean = new TreeSet<>();
		for (String host : hosts) {
			if (host == null || host.isBlank()) {
				continue;
			}
			String canonical = canonical(host);
			if (!HOST.matcher(canonical).matches() || canonical.length() > 253) {
				throw new IllegalArgumentException(host.strip());
			}
			clean.add(canonical);
		}
		settings.put(SETTING, String.join("\n", clean));
	}

	public void add(String host) {
		var hosts = hosts();
		hosts.add(canonical(host));
		replace(hosts);
	}

	public void remove(String host) {
		var hosts = hosts();
		hosts.remove(canonical(host));
		replace(hosts);
	}

	/** Lower case, without a trailing dot, in its ASCII form. */
	static String canonical(String host) {
		String h = host.strip().toLowerCase(Locale.ROOT);
		if (h.endsWith(".")) {
			h = h.substring(0, h.length() - 1);
		}
		try {
			return h.startsWith("[") ? h : IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException e) {
			return h;
		}
	}
}
