package org.agora.platform.markdown;

import java.util.Set;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;

/**
 * Plain text for the nodes commonmark's text renderer decorates: it quotes links and code, appends
 * link targets and wraps quotes in guillemets, which reads as noise in a snippet or an email.
 */
class PlainTextInlines implements NodeRenderer {

	private final TextContentNodeRendererContext context;

	PlainTextInlines(TextContentNodeRendererContext context) {
		this.context = context;
	}

	@Override
	public Set<Class<? extends Node>> getNodeTypes() {
		return Set.of(Link.class, Image.class, Code.class, BlockQuote.class);
	}

	@Override
	public void render(Node node) {
		if (node instanceof Code code) {
			this.context.getWriter().write(code.getLiteral());
		}
		else if (node instanceof BlockQuote) {
			renderChildren(node);
			this.context.getWriter().block();
		}
		else {
			// Links keep their text, images their alt text (held as child nodes).
			renderChildren(node);
		}
	}

	private void renderChildren(Node parent) {
		Node child = parent.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			this.context.render(child);
			child = next;
		}
	}

}
