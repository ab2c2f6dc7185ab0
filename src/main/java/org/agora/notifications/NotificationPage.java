package org.agora.notifications;

import java.util.List;

/**
 * One page of a person's notifications, newest first.
 *
 * @param page zero-based
 * @param total how many notifications the person has in all
 * @param unread how many of them are unread
 */
public record NotificationPage(List<Notification> items, int page, int size, long total, long unread) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
