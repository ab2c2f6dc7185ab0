package org.agora.notifications;

import java.util.List;

import org.agora.platform.web.Paging;

/**
 * One page of a person's notifications, newest first.
 *
 * @param page zero-based
 * @param total how many notifications the person has in all
 * @param unread how many of them are unread
 */
public record NotificationPage(List<Notification> items, int page, int size, long total, long unread)
		implements Paging {
}
