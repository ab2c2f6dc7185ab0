package org.agora.platform.web;

/**
 * A link in the header.
 *
 * @param labelKey message key of its label
 * @param href where it leads
 * @param order its place from the left (or right, in Hebrew)
 * @param badge a count shown beside it, or 0
 */
public record NavItem(String labelKey, String href, int order, long badge) {

	public NavItem(String labelKey, String href, int order) {
		this(labelKey, href, order, 0);
	}
}
