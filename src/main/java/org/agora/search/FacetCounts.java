package org.agora.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Counts the matches by type, space, tag, unit and date range, reading doc values of every match. */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Counted> {

	static final List<String> FIELDS = List.of(IndexFields.TYPE, IndexFields.SPACE, IndexFields.TAG, IndexFields.UNIT);

	private final Instant now;

	FacetCounts(Instant now) {
		this.now = now;
	}

	@Override
	public Counter newCollector() {
		return new Counter(now);
	}

	@Override
	public Counted reduce(Collection<Counter> counters) {
		var counted = new Counted(new HashMap<>(), new EnumMap<>(DateRange.class));
		for (Counter counter : counters) {
			counter.values.forEach((field, values) -> values
				.forEach((value, n) -> counted.values().computeIfAbsent(field, f -> new HashMap<>()).merge(value, n, Long::sum)));
			counter.dates.forEach((range, n) -> counted.dates().merge(range, n, Long::sum));
		}
		return counted;
	}

	/** The counts: per field, per value; per date range. */
	record Counted(Map<String, Map<String, Long>> values, Map<DateRange, Long> dates) {

		/** The most frequent values of a field, ties by value. */
		List<Map.Entry<String, Long>> top(String field, int limit) {
			return values.getOrDefault(field, Map.of())
				.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry.comparingByKey()))
				.limit(limit)
				.toList();
		}
	}

	static final class Counter implements Collector {

		private final Instant now;

		private final Map<String, Map<String, Long>> values = new HashMap<>();

		private final Map<DateRange, Long> dates = new EnumMap<>(DateRange.class);

		Counter(Instant now) {
			this.now = now;
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			var fields = new SortedSetDocValues[FIELDS.size()];
			// ordinals are counted per segment in arrays and turned into values once, when the segment is done
			var perField = new long[FIELDS.size()][];
			for (int i = 0; i < fields.length; i++) {
				fields[i] = DocValues.getSortedSet(context.reader(), FIELDS.get(i));
				perField[i] = new long[Math.toIntExact(fields[i].getValueCount())];
			}
			NumericDocValues date = DocValues.getNumeric(context.reader(), IndexFields.DATE);
			return new LeafCollector() {

				@Override
				public void setScorer(Scorable scorer) {
				}

				@Override
				public void collect(int doc) throws IOException {
					for (int i = 0; i < fields.length; i++) {
						if (fields[i].advanceExact(doc)) {
							for (int n = 0; n < fields[i].docValueCount(); n++) {
								perField[i][(int) fields[i].nextOrd()]++;
							}
						}
					}
					if (date.advanceExact(doc)) {
						long millis = date.longValue();
						for (DateRange range : DateRange.values()) {
							if (range.contains(millis, now)) {
								dates.merge(range, 1L, Long::sum);
							}
						}
					}
				}

				@Override
				public void finish() throws IOException {
					for (int i = 0; i < fields.length; i++) {
						var counts = values.computeIfAbsent(FIELDS.get(i), f -> new HashMap<>());
						for (int ordinal = 0; ordinal < perField[i].length; ordinal++) {
							if (perField[i][ordinal] > 0) {
								counts.merge(fields[i].lookupOrd(ordinal).utf8ToString(), perField[i][ordinal],
										Long::sum);
							}
						}
					}
				}
			};
		}
	}
}
