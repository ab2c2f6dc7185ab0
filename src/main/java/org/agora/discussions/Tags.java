package org.agora.discussions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tag rules of threads: up to five tags of 2 to 30 letters, digits or hyphens in any script, kept in lower case
 * and Unicode NFC. Tags grow with the community, but not by accident: a tag no thread has used yet may be started by
 * knowledge leaders, community managers and admins; anyone else chooses among the tags in use.
 */
@Component
class Tags {

	static final int MAX_TAGS = 5;

	static final int MAX_LENGTH = 30;

	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}]");

	private final JdbcClient jdbc;

	Tags(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Splits the typed tags at commas and white space, normalizes them, and checks their form. */
	static List<String> parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		return normalize(List.of(typed.split("[,\\s]+")));
	}

	/** Normalizes tags and checks their form and number; duplicates are dropped. */
	static List<String> normalize(Collection<String> tags) {
		Set<String> result = new LinkedHashSet<>();
		for (String raw : tags == null ? List.<String>of() : tags) {
			if (raw == null) {
				continue;
			}
			String tag = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
			if (tag.startsWith("#")) {
				tag = tag.substring(1);
			}
			if (tag.isEmpty()) {
				continue;
			}
			if (tag.length() > MAX_LENGTH || tag.codePointCount(0, tag.length()) < 2 || !TAG.matcher(tag).matches()) {
				throw new InvalidInputException("tags", "discussions.tags.invalid",
						"A tag has 2 to 30 letters, digits or hyphens: '" + abbreviate(raw) + "' does not");
			}
			result.add(tag);
		}
		if (result.size() > MAX_TAGS) {
			throw new InvalidInputException("tags", "discussions.tags.tooMany", "A thread has at most 5 tags");
		}
		return new ArrayList<>(result);
	}

	/** Refuses tags no thread uses yet, unless the viewer may start new tags. */
	void checkKnown(AgoraPrincipal viewer, List<String> tags) {
		if (tags.isEmpty() || mayStartTags(viewer)) {
			return;
		}
		// only tags in the open: a tag used in a private space or on a hidden thread is neither revealed nor reusable
		var known = Set.copyOf(jdbc.sql("""
				select distinct tt.tag from discussions_thread_tag tt
				join discussions_thread t on t.id = tt.thread_id join discussions_space s on s.id = t.space_id
				where tt.tag in (:tags) and s.kind <> 'PRIVATE' and not t.hidden""")
			.param("tags", tags)
			.query(String.class)
			.list());
		for (String tag : tags) {
			if (!known.contains(tag)) {
				throw new InvalidInputException("tags", "discussions.tags.unknown", "The tag '" + tag
						+ "' is not in use yet; choose a tag in use, or ask a knowledge leader to start it");
			}
		}
	}

	static boolean mayStartTags(AgoraPrincipal viewer) {
		return viewer.isManager() || viewer.has(Role.KNOWLEDGE_LEADER);
	}

	private static String abbreviate(String raw) {
		String s = raw.strip();
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}
}
