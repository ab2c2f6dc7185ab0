package org.agora.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The difference between two texts, by lines and then by words within the lines that changed: a longest common
 * subsequence on each level, after the common start and end are set aside. Inputs too large for the table are shown
 * as one deletion and one insertion rather than taking long.
 */
final class TextDiff {

	enum Op {
		SAME, DELETED, INSERTED
	}

	/** A run of text that is in both versions, only the older, or only the newer. */
	record Segment(Op op, String text) {

		boolean same() {
			return op == Op.SAME;
		}

		boolean deleted() {
			return op == Op.DELETED;
		}

		boolean inserted() {
			return op == Op.INSERTED;
		}
	}

	/** Cells of a comparison table, at most: about 16 MB of ints. */
	static final long MAX_CELLS = 4_000_000L;

	private static final Pattern LINES = Pattern.compile("(?<=\n)");

	private static final Pattern WORDS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

	private TextDiff() {
	}

	static List<Segment> diff(String older, String newer) {
		String a = older == null ? "" : older;
		String b = newer == null ? "" : newer;
		var lines = compare(split(LINES, a), split(LINES, b));
		var result = new ArrayList<Segment>();
		// a deletion next to an insertion is a changed block: compare it again word by word
		for (int i = 0; i < lines.size(); i++) {
			var s = lines.get(i);
			if (s.deleted() && i + 1 < lines.size() && lines.get(i + 1).inserted()) {
				result.addAll(compare(split(WORDS, s.text()), split(WORDS, lines.get(i + 1).text())));
				i++;
			}
			else {
				result.add(s);
			}
		}
		return merge(result);
	}

	/** How many segments were added and removed. */
	static int[] counts(List<Segment> segments) {
		int inserted = 0;
		int deleted = 0;
		for (var s : segments) {
			inserted += s.inserted() ? 1 : 0;
			deleted += s.deleted() ? 1 : 0;
		}
		return new int[] { inserted, deleted };
	}

	private static List<String> split(Pattern at, String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		return List.of(at.split(text, -1)).stream().filter(t -> !t.isEmpty()).toList();
	}

	private static List<Segment> compare(List<String> a, List<String> b) {
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int endA = a.size();
		int endB = b.size();
		while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
			endA--;
			endB--;
		}
		var out = new ArrayList<Segment>();
		add(out, Op.SAME, a.subList(0, start));
		var midA = a.subList(start, endA);
		var midB = b.subList(start, endB);
		if ((long) (midA.size() + 1) * (midB.size() + 1) > MAX_CELLS) {
			add(out, Op.DELETED, midA);
			add(out, Op.INSERTED, midB);
		}
		else {
			lcs(midA, midB, out);
		}
		add(out, Op.SAME, a.subList(endA, a.size()));
		return merge(out);
	}

	private static void lcs(List<String> a, List<String> b, List<Segment> out) {
		int n = a.size();
		int m = b.size();
		int[][] table = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1
						: Math.max(table[i + 1][j], table[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		var deleted = new ArrayList<String>();
		var inserted = new ArrayList<String>();
		while (i < n || j < m) {
			if (i < n && j < m && a.get(i).equals(b.get(j))) {
				flush(out, deleted, inserted);
				out.add(new Segment(Op.SAME, a.get(i)));
				i++;
				j++;
			}
			else if (j < m && (i == n || table[i][j + 1] >= table[i + 1][j])) {
				inserted.add(b.get(j++));
			}
			else {
				deleted.add(a.get(i++));
			}
		}
		flush(out, deleted, inserted);
	}

	/** Deletions first, then insertions, so that a changed run reads old then new. */
	private static void flush(List<Segment> out, List<String> deleted, List<String> inserted) {
		add(out, Op.DELETED, deleted);
		add(out, Op.INSERTED, inserted);
		deleted.clear();
		inserted.clear();
	}

	private static void add(List<Segment> out, Op op, List<String> parts) {
		if (!parts.isEmpty()) {
			out.add(new Segment(op, String.join("", parts)));
		}
	}

	private static List<Segment> merge(List<Segment> segments) {
		var merged = new ArrayList<Segment>();
		for (var s : segments) {
			if (s.text().isEmpty()) {
				continue;
			}
			int last = merged.size() - 1;
			if (last >= 0 && merged.get(last).op() == s.op()) {
				merged.set(last, new Segment(s.op(), merged.get(last).text() + s.text()));
			}
			else {
				merged.add(s);
			}
		}
		return merged;
	}
}
