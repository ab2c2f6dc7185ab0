package org.agora.platform.web;

/** Where a page of results stands among all pages; records of a page implement it. */
public interface Paging {

	/** The page shown, from 0. */
	int page();

	int size();

	/** How many results there are on all pages. */
	long total();

	default int pages() {
		return (int) Math.max(1, (total() + size() - 1) / size());
	}

	default boolean hasPrevious() {
		return page() > 0;
	}

	default boolean hasNext() {
		return (long) (page() + 1) * size() < total();
	}
}
