package org.agora.platform.markdown;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendered Markdown is reused by its text, within a bounded size. */
class RenderCacheTests {

	@Test
	void theSameTextRendersOnce() {
		var renders = new AtomicInteger();
		var cache = new RenderCache(10, 100);
		assertThat(cache.get("**a**", t -> renders.incrementAndGet() + t)).isEqualTo("1**a**");
		assertThat(cache.get("**a**", t -> renders.incrementAndGet() + t)).isEqualTo("1**a**");
		assertThat(renders).hasValue(1);
	}

	@Test
	void staysBoundedAndKeepsWhatIsUsed() {
		var renders = new AtomicInteger();
		var cache = new RenderCache(10, 100);
		for (int i = 0; i < 1000; i++) {
			cache.get("text " + i, t -> t);
			cache.get("kept", t -> renders.incrementAndGet() + t);
		}
		assertThat(cache.size()).isLessThanOrEqualTo(22);
		assertThat(renders).as("used all along, never dropped").hasValue(1);
	}

	@Test
	void longTextIsRenderedEveryTime() {
		var renders = new AtomicInteger();
		var cache = new RenderCache(10, 5);
		cache.get("long text", t -> renders.incrementAndGet() + t);
		cache.get("long text", t -> renders.incrementAndGet() + t);
		assertThat(renders).hasValue(2);
		assertThat(cache.size()).isZero();
	}

	@Test
	void theRendererStillSanitizesWhatItCaches() {
		var markdown = new MarkdownRenderer();
		String payload = "<img src=x onerror=alert(1)> [x](javascript:alert(1))";
		String first = markdown.toHtml(payload);
		assertThat(markdown.toHtml(payload)).isEqualTo(first);
		assertThat(SafeHtml.problemsIn(first)).isEmpty();
	}
}
