package org.agora.people;

import java.util.List;

/** One page of results and how many there are in all. */
record Page<T>(List<T> items, int page, int size, long total) {

	int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	boolean hasPrevious() {
		return page > 0;
	}

	boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
