package org.agora.platform.markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A bounded cache of rendered text, keyed by the source text itself, so an entry never goes stale. Two generations
 * approximate "least recently used" without locks: lookups hit the young generation, then the old one (moving the
 * entry up); when the young one is full it becomes the old one and the previous old one is dropped. At most twice
 * {@code capacity} entries are kept; sources longer than {@code maxLength} are rendered every time.
 */
final class RenderCache {

	private final int capacity;

	private final int maxLength;

	private volatile Map<String, String> young = new ConcurrentHashMap<>();

	private volatile Map<String, String> old = new ConcurrentHashMap<>();

	RenderCache(int capacity, int maxLength) {
		this.capacity = capacity;
		this.maxLength = maxLength;
	}

	String get(String source, UnaryOperator<String> render) {
		if (source.length() > maxLength) {
			return render.apply(source);
		}
		String result = young.get(source);
		if (result != null) {
			return result;
		}
		result = old.get(source);
		if (result == null) {
			result = render.apply(source);
		}
		put(source, result);
		return result;
	}

	private void put(String source, String result) {
		Map<String, String> current = young;
		current.put(source, result);
		if (current.size() > capacity) {
			synchronized (this) {
				if (young == current) {
					old = current;
					young = new ConcurrentHashMap<>();
				}
			}
		}
	}

	int size() {
		return young.size() + old.size();
	}
}
