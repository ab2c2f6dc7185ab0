package org.agora.platform.web;

import java.util.List;

/** One page of results and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) implements Paging {
}
