package org.agora.discussions;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import org.agora.platform.outbound.OutboundFetcher;
import org.agora.platform.outbound.OutboundRefusedException;
import org.agora.platform.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fetches a feed source through the outgoing-fetch guard, parses it with Rome (no DTDs, no external entities), and
 * puts entries whose link is new into the radar's queue as pending items, with a plain-text summary.
 */
@Component
class RadarFeeds {

	private static final Logger log = LoggerFactory.getLogger(RadarFeeds.class);

	/** Entries read from one feed at a time. */
	static final int MAX_ENTRIES = 50;

	private static final Pattern SCRIPTS = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1\\s*>");

	private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	/** What one fetch did. */
	record Outcome(int added, String error) {
	}

	private final OutboundFetcher fetcher;

	private final RadarItems items;

	private final RadarSources sources;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RadarFeeds(OutboundFetcher fetcher, RadarItems items, RadarSources sources, PlatformTransactionManager transactions,
			Clock clock) {
		this.fetcher = fetcher;
		this.items = items;
		this.sources = sources;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Fetches the source now; failures are recorded on the source, not thrown. */
	Outcome fetch(RadarSource source) {
		var now = clock.instant();
		try {
			var fetched = fetcher.get(source.feedUrl(), OutboundFetcher.FEED_TYPES);
			var input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			SyndFeed feed = input.build(new XmlReader(new ByteArrayInputStream(fetched.body())));
			int added = 0;
			for (SyndEntry entry : feed.getEntries().stream().limit(MAX_ENTRIES).toList()) {
				if (add(source, entry)) {
					added++;
				}
			}
			sources.recordFetch(source.id(), now, null);
			return new Outcome(added, null);
		}
		catch (OutboundRefusedException e) {
			sources.recordFetch(source.id(), now, e.getMessage());
			return new Outcome(0, e.getMessage());
		}
		catch (Exception e) {
			String error = "The feed could not be read: " + e.getMessage();
			log.info("Radar source {} could not be read: {}", source.id(), e.toString());
			sources.recordFetch(source.id(), now, error);
			return new Outcome(0, error);
		}
	}

	private boolean add(RadarSource source, SyndEntry entry) {
		String link = entry.getLink() != null ? entry.getLink()
				: entry.getLinks().isEmpty() ? null : entry.getLinks().get(0).getHref();
		String url;
		try {
			url = RadarUrls.check(link, "url");
		}
		catch (InvalidInputException e) {
			return false;
		}
		String title = clip(plain(entry.getTitle()), Radar.MAX_TITLE);
		if (title.isEmpty()) {
			title = clip(url, Radar.MAX_TITLE);
		}
		String summary = clip(plain(summaryOf(entry)), Radar.MAX_SUMMARY);
		String finalTitle = title;
		try {
			return Boolean.TRUE.equals(transactions.execute(tx -> {
				if (items.findByKey(RadarUrls.key(url)).isPresent()) {
					return false;
				}
				items.insert(url, finalTitle, summary.isEmpty() ? null : summary, RadarKind.ARTICLE,
						RadarStatus.PENDING, null, source.id(), null, clock.instant(), List.of());
				return true;
			}));
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	private static String summaryOf(SyndEntry entry) {
		if (entry.getDescription() != null && entry.getDescription().getValue() != null) {
			return entry.getDescription().getValue();
		}
		for (SyndContent content : entry.getContents()) {
			if (content.getValue() != null) {
				return content.getValue();
			}
		}
		return "";
	}

	/** Text without HTML: scripts and styles dropped, tags removed, common entities decoded, blanks collapsed. */
	static String plain(String html) {
		if (html == null) {
			return "";
		}
		String text = TAGS.matcher(SCRIPTS.matcher(html).replaceAll(" ")).replaceAll(" ");
		text = text.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&apos;", "'")
			.replace("&amp;", "&");
		return BLANKS.matcher(text).replaceAll(" ").strip();
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
	}
}
