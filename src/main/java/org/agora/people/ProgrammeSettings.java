package org.agora.people;

import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.settings.Settings;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How the community manager runs selection: the criteria nominations are judged by, and appointment defaults. */
@Service
class ProgrammeSettings {

	static final String TERM_MONTHS = "people.default-term-months";

	static final String HOURS_PER_MONTH = "people.default-hours-per-month";

	record Criterion(long id, String code, String labelEn, String labelHe, int position, boolean active) {
	}

	record CriterionForm(String labelEn, String labelHe, Integer position, Boolean active) {

		/** An unticked checkbox sends nothing. */
		boolean isActive() {
			return Boolean.TRUE.equals(active);
		}
	}

	record Defaults(int termMonths, int hoursPerMonth) {
	}

	private final JdbcClient jdbc;

	private final Settings settings;

	private final PeoplePolicy policy;

	ProgrammeSettings(JdbcClient jdbc, Settings settings, PeoplePolicy policy) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.policy = policy;
	}

	List<Criterion> criteria() {
		return jdbc.sql("select id, code, label_en, label_he, position, active from people_selection_criterion order by position, id")
			.query((rs, n) -> new Criterion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getBoolean(6)))
			.list();
	}

	Defaults defaults() {
		return new Defaults(settings.getInt(TERM_MONTHS, 24), settings.getInt(HOURS_PER_MONTH, 8));
	}

	@Transactional
	void addCriterion(AgoraPrincipal viewer, CriterionForm form) {
		requireManager(viewer);
		validate(form);
		String code = codeFor(form.labelEn());
		int position = form.position() != null ? form.position()
				: jdbc.sql("select coalesce(max(position), 0) + 1 from people_selection_criterion").query(Integer.class).single();
		jdbc.sql("insert into people_selection_criterion (code, label_en, label_he, position, active) values (:code, :en, :he, :position, true)")
			.param("code", code)
			.param("en", form.labelEn().strip())
			.param("he", form.labelHe().strip())
			.param("position", position)
			.update();
	}

	/** Changes a criterion; its code stays, so decisions already recorded keep their meaning. */
	@Transactional
	void updateCriterion(AgoraPrincipal viewer, long id, CriterionForm form) {
		requireManager(viewer);
		validate(form);
		if (form.position() == null) {
			throw new InvalidInputException("position", "programme.error.position", "Give the criterion's place in the list.");
		}
		int updated = jdbc.sql("update people_selection_criterion set label_en = :en, label_he = :he, position = :position, active = :active where id = :id")
			.param("en", form.labelEn().strip())
			.param("he", form.labelHe().strip())
			.param("position", form.position())
			.param("active", form.isActive())
			.param("id", id)
			.update();
		if (updated == 0) {
			throw new NotFoundException("Criterion");
		}
	}

	@Transactional
	void saveDefaults(AgoraPrincipal viewer, Integer termMonths, Integer hoursPerMonth) {
		requireManager(viewer);
		if (termMonths == null || termMonths < 1 || termMonths > 60) {
			throw new InvalidInputException("termMonths", "appointment.error.term", "The term is between 1 and 60 months.");
		}
		if (hoursPerMonth == null || hoursPerMonth < 1 || hoursPerMonth > 160) {
			throw new InvalidInputException("hoursPerMonth", "appointment.error.hours",
					"The agreed time is between 1 and 160 hours a month.");
		}
		settings.put(TERM_MONTHS, String.valueOf(termMonths));
		settings.put(HOURS_PER_MONTH, String.valueOf(hoursPerMonth));
	}

	private void validate(CriterionForm form) {
		if (form.labelEn() == null || form.labelEn().isBlank() || form.labelEn().length() > 200) {
			throw new InvalidInputException("labelEn", "programme.error.labelEn", "Name the criterion in English, up to 200 characters.");
		}
		if (form.labelHe() == null || form.labelHe().isBlank() || form.labelHe().length() > 200) {
			throw new InvalidInputException("labelHe", "programme.error.labelHe", "Name the criterion in Hebrew, up to 200 characters.");
		}
		if (form.position() != null && (form.position() < 0 || form.position() > 1000)) {
			throw new InvalidInputException("position", "programme.error.position", "Give the criterion's place in the list.");
		}
	}

	private String codeFor(String label) {
		String base = label.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (base.isEmpty()) {
			base = "criterion";
		}
		base = base.substring(0, Math.min(base.length(), 50));
		String code = base;
		for (int i = 2; jdbc.sql("select count(*) from people_selection_criterion where code = :code").param("code", code)
			.query(Long.class).single() > 0; i++) {
			code = base + "-" + i;
		}
		return code;
	}

	private void requireManager(AgoraPrincipal viewer) {
		if (!policy.mayReviewNominations(viewer)) {
			throw new AccessDeniedException("Only community managers run the programme");
		}
	}
}
