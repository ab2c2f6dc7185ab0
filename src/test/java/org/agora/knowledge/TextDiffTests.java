package org.agora.knowledge;

import java.util.List;

import org.agora.knowledge.TextDiff.Op;
import org.agora.knowledge.TextDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTests {

	@Test
	void identicalTextsAreOneUnchangedRun() {
		assertThat(TextDiff.diff("a\nb\n", "a\nb\n")).containsExactly(new Segment(Op.SAME, "a\nb\n"));
	}

	@Test
	void aChangedWordInALineIsMarkedWordByWord() {
		assertThat(TextDiff.diff("first line\nthe quick fox\nlast line", "first line\nthe slow fox\nlast line"))
			.containsExactly(new Segment(Op.SAME, "first line\nthe "), new Segment(Op.DELETED, "quick"),
					new Segment(Op.INSERTED, "slow"), new Segment(Op.SAME, " fox\nlast line"));
	}

	@Test
	void addedAndRemovedLinesAreWholeLines() {
		var diff = TextDiff.diff("one\ntwo\nthree\n", "one\nthree\nfour\n");
		assertThat(diff).containsExactly(new Segment(Op.SAME, "one\n"), new Segment(Op.DELETED, "two\n"),
				new Segment(Op.SAME, "three\n"), new Segment(Op.INSERTED, "four\n"));
		assertThat(TextDiff.counts(diff)).containsExactly(1, 1);
	}

	@Test
	void bothSidesCanBeRebuiltFromTheSegments() {
		String older = "שימור ידע\nמתחיל בשאלה\n\nומסתיים במעשה";
		String newer = "שימור ידע\nמתחיל בשאלה טובה\n\nומסתיים במעשה ובמדידה\nשורה חדשה";
		var diff = TextDiff.diff(older, newer);
		assertThat(rebuild(diff, Op.INSERTED)).isEqualTo(older);
		assertThat(rebuild(diff, Op.DELETED)).isEqualTo(newer);
	}

	@Test
	void emptyTextsAndNullsAreAllowed() {
		assertThat(TextDiff.diff(null, "new")).containsExactly(new Segment(Op.INSERTED, "new"));
		assertThat(TextDiff.diff("old", "")).containsExactly(new Segment(Op.DELETED, "old"));
		assertThat(TextDiff.diff("", "")).isEmpty();
	}

	/** The text of every segment but those of the op left out. */
	private static String rebuild(List<Segment> diff, Op leftOut) {
		var text = new StringBuilder();
		diff.stream().filter(s -> s.op() != leftOut).forEach(s -> text.append(s.text()));
		return text.toString();
	}
}
