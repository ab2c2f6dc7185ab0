package org.agora.platform.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rendered HTML the way a browser would, as far as script is concerned, and names whatever
 * could run code: forbidden or unknown tags, event handlers, styles, and URLs with a dangerous
 * scheme. No HTML parser is on the class path, so tags and attributes are tokenized here.
 */
final class SafeHtml {

	private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "iframe", "object", "embed", "svg", "math",
			"style", "form", "meta", "base", "link", "input");

	private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em",
			"strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
			"a", "img");

	private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "src", "alt", "title", "rel", "align",
			"start", "class");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "xlink:href", "action", "formaction",
			"data", "background", "poster", "srcset", "cite", "codebase", "dynsrc", "lowsrc");

	private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

	// The sanitizer splits "{{" with this empty comment so client-side templates cannot evaluate it.
	private static final String TEMPLATE_BREAKER = "<!-- -->";

	private static final Pattern FORBIDDEN_TAG = Pattern.compile("(?i)<\\s*/?\\s*(" + String.join("|", FORBIDDEN_TAGS)
			+ ")(?![a-z0-9-])");

	// Quoted values may hold '>', so a tag ends at the first '>' outside quotes.
	private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][^\\s/>]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

	private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)(?:^|[\\s/\"'])on[a-z]+\\s*=");

	private static final Pattern CHARACTER_REFERENCE = Pattern
		.compile("&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]*);)");

	// The named references an attacker can use to spell a scheme; others are left as they are.
	private static final Map<String, String> NAMED_REFERENCES = Map.ofEntries(Map.entry("amp", "&"),
			Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
			Map.entry("colon", ":"), Map.entry("tab", "\t"), Map.entry("newline", "\n"), Map.entry("nbsp", "\u00A0"),
			Map.entry("sol", "/"), Map.entry("lpar", "("), Map.entry("rpar", ")"), Map.entry("period", "."),
			Map.entry("comma", ","), Map.entry("num", "#"), Map.entry("semi", ";"));

	private static final Pattern IGNORED_IN_URL = Pattern
		.compile("[\\p{Cntrl}\\p{Space}\\p{Z}\\u00AD\\u200B-\\u200F\\uFEFF]");

	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

	private SafeHtml() {
	}

	/** What in the HTML could run script; empty when nothing could. */
	static List<String> problemsIn(String html) {
		List<String> problems = new ArrayList<>();
		Matcher forbidden = FORBIDDEN_TAG.matcher(html);
		while (forbidden.find()) {
			problems.add("forbidden tag " + forbidden.group());
		}
		checkEveryAngleBracketOpensAnAllowedTag(html, problems);
		Matcher tag = TAG.matcher(html);
		while (tag.find()) {
			checkTag(tag.group(2).toLowerCase(Locale.ROOT), tag.group(3), problems);
		}
		return problems;
	}

	private static void checkEveryAngleBracketOpensAnAllowedTag(String html, List<String> problems) {
		Matcher tag = TAG.matcher(html);
		for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
			tag.region(at, html.length());
			if (html.startsWith(TEMPLATE_BREAKER, at)) {
				continue;
			}
			if (!tag.lookingAt()) {
				problems.add("raw '<' at " + at + ": " + html.substring(at, Math.min(html.length(), at + 30)));
			}
			else if (!ALLOWED_TAGS.contains(tag.group(2).toLowerCase(Locale.ROOT))) {
				problems.add("unexpected tag " + tag.group());
			}
		}
	}

	private static void checkTag(String name, String attributes, List<String> problems) {
		if (EVENT_HANDLER.matcher(attributes).find()) {
			problems.add("event handler in <" + name + attributes + ">");
		}
		Matcher attribute = ATTRIBUTE.matcher(attributes);
		boolean nofollow = false;
		while (attribute.find()) {
			String attributeName = attribute.group(1).toLowerCase(Locale.ROOT);
			String value = firstNonNull(attribute.group(2), attribute.group(3), attribute.group(4));
			if (attributeName.startsWith("on") || attributeName.equals("style")
					|| !ALLOWED_ATTRIBUTES.contains(attributeName)) {
				problems.add("attribute " + attributeName + " on <" + name + ">");
			}
			if (URL_ATTRIBUTES.contains(attributeName) && !isSafeUrl(value)) {
				problems.add("unsafe URL " + attributeName + "=\"" + value + "\" on <" + name + ">");
			}
			nofollow |= attributeName.equals("rel") && value.contains("nofollow");
		}
		if (name.equals("a") && attributes.contains("href") && !nofollow) {
			problems.add("link without rel=nofollow: <a" + attributes + ">");
		}
	}

	static boolean isSafeUrl(String value) {
		String url = IGNORED_IN_URL.matcher(decodeCharacterReferences(value)).replaceAll("").toLowerCase(Locale.ROOT);
		Matcher scheme = SCHEME.matcher(url);
		return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1));
	}

	private static String decodeCharacterReferences(String value) {
		return CHARACTER_REFERENCE.matcher(value).replaceAll((reference) -> {
			String decoded;
			if (reference.group(1) != null || reference.group(2) != null) {
				decoded = codePoint((reference.group(1) != null) ? reference.group(1) : reference.group(2),
						(reference.group(1) != null) ? 16 : 10);
			}
			else {
				decoded = NAMED_REFERENCES.getOrDefault(reference.group(3).toLowerCase(Locale.ROOT), reference.group());
			}
			return Matcher.quoteReplacement(decoded);
		});
	}

	private static String codePoint(String digits, int radix) {
		try {
			int codePoint = Integer.parseInt(digits, radix);
			return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
		}
		catch (NumberFormatException ex) {
			return "\uFFFD";
		}
	}

	private static String firstNonNull(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return "";
	}

}
