package org.agora.discussions;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.agora.platform.Text;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community radar: members (every role but a guest's) share outside links, which wait in the queue until a
 * community manager approves them; a manager's own links go on the radar at once. Managers approve, reject, feature
 * and edit. Pages and API use this one service.
 */
@Service
class Radar {

	static final int MAX_TITLE = 200;

	static final int MAX_SUMMARY = 2000;

	private final RadarItems items;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Radar(RadarItems items, ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.events = events;
		this.clock = clock;
	}

	static boolean mayShare(AgoraPrincipal viewer) {
		return DiscussionsPolicy.inOrganization(viewer);
	}

	static boolean mayCurate(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	@Transactional(readOnly = true)
	RadarItems.RadarPage approved(AgoraPrincipal viewer, RadarKind kind, String tag, int page) {
		requireShare(viewer);
		return items.approved(kind, tag == null || tag.isBlank() ? null : normalizedTag(tag), page);
	}

	@Transactional(readOnly = true)
	List<RadarItem> queue(AgoraPrincipal viewer) {
		requireCurate(viewer);
		return items.pending();
	}

	@Transactional(readOnly = true)
	RadarItem forEditing(AgoraPrincipal viewer, long id) {
		requireCurate(viewer);
		return items.find(id).orElseThrow(() -> new NotFoundException("No radar item " + id));
	}

	/** Shares a link; pending unless the viewer is a community manager. */
	@Transactional
	RadarItem submit(AgoraPrincipal viewer, RadarForm form) {
		requireShare(viewer);
		var checked = Checked.of(form);
		duplicateCheck(checked.url(), null);
		var now = clock.instant();
		boolean curator = mayCurate(viewer);
		long id;
		try {
			id = items.insert(checked.url(), checked.title(), checked.summary(), checked.kind(),
					curator ? RadarStatus.APPROVED : RadarStatus.PENDING, viewer.personId(), null,
					curator ? viewer.personId() : null, now, checked.tags());
		}
		catch (DuplicateKeyException e) {
			// shared at the same moment by someone else; the transaction is spoilt, so no query for its id
			throw new InvalidInputException("url", "dradar.error.duplicate", "This link has been shared already");
		}
		var item = items.find(id).orElseThrow();
		if (curator) {
			publishApproved(item, viewer.personId());
		}
		return item;
	}

	@Transactional
	RadarItem update(AgoraPrincipal viewer, long id, RadarForm form) {
		requireCurate(viewer);
		var existing = items.find(id).orElseThrow(() -> new NotFoundException("No radar item " + id));
		var checked = Checked.of(form);
		duplicateCheck(checked.url(), existing.id());
		items.update(id, checked.url(), checked.title(), checked.summary(), checked.kind(), checked.tags());
		return items.find(id).orElseThrow();
	}

	@Transactional
	void approve(AgoraPrincipal viewer, long id) {
		decide(viewer, id, RadarStatus.APPROVED);
	}

	@Transactional
	void reject(AgoraPrincipal viewer, long id) {
		decide(viewer, id, RadarStatus.REJECTED);
	}

	@Transactional
	void feature(AgoraPrincipal viewer, long id, boolean featured) {
		requireCurate(viewer);
		var item = items.find(id).orElseThrow(() -> new NotFoundException("No radar item " + id));
		if (featured && !item.approved()) {
			throw new InvalidInputException("featured", "dradar.error.featurePending",
					"Only an item on the radar can be featured; approve it first");
		}
		items.feature(id, featured);
	}

	private void decide(AgoraPrincipal viewer, long id, RadarStatus status) {
		requireCurate(viewer);
		var item = items.find(id).orElseThrow(() -> new NotFoundException("No radar item " + id));
		if (!items.decide(id, status, viewer.personId(), clock.instant())) {
			throw new InvalidInputException("status", "dradar.error.decided",
					"This item has been decided already: it is " + item.status().name().toLowerCase(Locale.ROOT));
		}
		if (status == RadarStatus.APPROVED) {
			publishApproved(items.find(id).orElseThrow(), viewer.personId());
		}
	}

	private void publishApproved(RadarItem item, long by) {
		events.publishEvent(new RadarItemApproved(item.id(), item.url(), item.title(), item.kind(), item.tags(),
				item.submittedBy(), by, clock.instant()));
	}

	private void duplicateCheck(String url, Long except) {
		items.findByKey(RadarUrls.key(url))
			.filter(existing -> except == null || existing.id() != except)
			.ifPresent(existing -> {
				throw new RadarDuplicateException(existing.id(), existing.approved());
			});
	}

	static void requireShare(AgoraPrincipal viewer) {
		if (!mayShare(viewer)) {
			throw new AccessDeniedException("The radar is for members of the organization");
		}
	}

	private static void requireCurate(AgoraPrincipal viewer) {
		if (!mayCurate(viewer)) {
			throw new AccessDeniedException("Only community managers curate the radar");
		}
	}

	private static String normalizedTag(String tag) {
		try {
			var tags = Tags.normalize(List.of(tag));
			return tags.isEmpty() ? null : tags.get(0);
		}
		catch (InvalidInputException e) {
			return tag.strip();
		}
	}

	/** A form's values after their rules. */
	record Checked(String url, String title, String summary, RadarKind kind, List<String> tags) {

		static Checked of(RadarForm form) {
			String url = RadarUrls.check(form.url(), "url");
			String title = form.title() == null ? "" : Text.withoutNul(form.title()).strip();
			if (title.isEmpty()) {
				throw new InvalidInputException("title", "dradar.error.titleRequired", "Give the link a title");
			}
			if (title.length() > MAX_TITLE) {
				throw new InvalidInputException("title", "dradar.error.titleTooLong", "A title has at most 200 characters");
			}
			String summary = form.summary() == null ? "" : Text.withoutNul(form.summary()).strip();
			if (summary.length() > MAX_SUMMARY) {
				throw new InvalidInputException("summary", "dradar.error.summaryTooLong",
						"A summary has at most 2000 characters");
			}
			RadarKind kind;
			try {
				kind = RadarKind.valueOf(form.kind() == null ? "" : form.kind().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("kind", "dradar.error.kind", "Choose what kind of link this is");
			}
			return new Checked(url, title, summary.isEmpty() ? null : summary, kind, Tags.parse(form.tags()));
		}
	}
}
