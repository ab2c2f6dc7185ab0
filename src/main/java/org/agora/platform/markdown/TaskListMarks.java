package org.agora.platform.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * A list item that starts with {@code [ ]} or {@code [x]}, as checklists are written, shows a ballot box, empty or
 * checked: text that reads and prints as a checklist, with nothing to tick that would not be saved.
 */
class TaskListMarks implements PostProcessor {

	static final String OPEN = "\u2610";

	static final String DONE = "\u2611";

	@Override
	public Node process(Node document) {
		document.accept(new AbstractVisitor() {

			@Override
			public void visit(ListItem item) {
				if (item.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Text text) {
					String literal = text.getLiteral();
					if (literal.startsWith("[ ] ")) {
						text.setLiteral(OPEN + literal.substring(3));
					}
					else if (literal.startsWith("[x] ") || literal.startsWith("[X] ")) {
						text.setLiteral(DONE + literal.substring(3));
					}
				}
				visitChildren(item);
			}
		});
		return document;
	}
}
