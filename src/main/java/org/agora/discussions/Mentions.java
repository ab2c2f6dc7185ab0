package org.agora.discussions;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @handle} mentions in a post's Markdown. A person's handle is the part of their email address before
 * the {@code @} ({@code @rania.haddad}); mentions inside code are not mentions.
 */
final class Mentions {

	private static final Pattern MENTION = Pattern
		.compile("(?<![\\p{L}\\p{N}._%+\\-@/])@([A-Za-z0-9][A-Za-z0-9._%+\\-]{0,62}[A-Za-z0-9])");

	private static final Pattern FENCED = Pattern.compile("(?ms)^(```|~~~).*?^\\1");

	private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

	private Mentions() {
	}

	/** The handles mentioned, lower case, in order of first mention. */
	static Set<String> handlesIn(String markdown) {
		Set<String> handles = new LinkedHashSet<>();
		if (markdown == null) {
			return handles;
		}
		String text = INLINE_CODE.matcher(FENCED.matcher(markdown).replaceAll(" ")).replaceAll(" ");
		Matcher m = MENTION.matcher(text);
		while (m.find()) {
			handles.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
		}
		return handles;
	}
}
