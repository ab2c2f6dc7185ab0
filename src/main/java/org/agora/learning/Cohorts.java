package org.agora.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The runs of each course, with the people who facilitate them and the people invited to them. */
@Component
@Transactional(readOnly = true)
class Cohorts {

	record Cohort(long id, long courseId, String name, LocalDate startsOn, LocalDate endsOn, CohortStatus status,
			int version) {

		boolean open() {
			return status != CohortStatus.CLOSED;
		}

		CohortSchedule schedule() {
			return new CohortSchedule(startsOn, endsOn);
		}
	}

	/** A cohort as the list shows it, with its counts. */
	record Listed(Cohort cohort, Bilingual courseTitle, int learners, int completed, int invited, int facilitators,
			int awaitingReview) {
	}

	/** A person as a cohort's pages name them. */
	record Member(long personId, String name) {
	}

	private static final String COLUMNS = "c.id, c.course_id, c.name, c.starts_on, c.ends_on, c.status, c.version";

	private static final String LISTED = "select " + COLUMNS + """
			, co.title_en, co.title_he,
			  (select count(*) from learning_enrolment e where e.cohort_id = c.id) as learners,
			  (select count(*) from learning_enrolment e where e.cohort_id = c.id and e.completed_at is not null) as completed,
			  (select count(*) from learning_invitation i where i.cohort_id = c.id and not exists
			     (select 1 from learning_enrolment e where e.cohort_id = i.cohort_id and e.person_id = i.person_id)) as invited,
			  (select count(*) from learning_facilitator f where f.cohort_id = c.id) as facilitators,
			  (select count(*) from learning_submission s join learning_enrolment e on e.id = s.enrolment_id
			     where e.cohort_id = c.id and s.status = 'SUBMITTED') as awaiting
			from learning_cohort c join learning_course co on co.id = c.course_id
			""";

	private final JdbcClient jdbc;

	Cohorts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Cohort> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from learning_cohort c where c.id = :id").param("id", id)
			.query(Cohorts::cohort)
			.optional();
	}

	/** Every cohort, the latest first. */
	List<Listed> all() {
		return jdbc.sql(LISTED + " order by c.starts_on desc, c.id desc").query(Cohorts::listed).list();
	}

	/**
	 * The cohorts a person takes part in (facilitates, is enrolled in or invited to), and for a knowledge leader
	 * also every cohort still open for enrolment; the latest first.
	 */
	List<Listed> of(long personId, boolean leader) {
		return jdbc.sql(LISTED + """
				where exists (select 1 from learning_facilitator f where f.cohort_id = c.id and f.person_id = :person)
				   or exists (select 1 from learning_enrolment e where e.cohort_id = c.id and e.person_id = :person)
				   or exists (select 1 from learning_invitation i where i.cohort_id = c.id and i.person_id = :person)
				   or (:leader and c.status <> 'CLOSED')
				order by c.starts_on desc, c.id desc""")
			.param("person", personId)
			.param("leader", leader)
			.query(Cohorts::listed)
			.list();
	}

	Listed listed(long id) {
		return jdbc.sql(LISTED + " where c.id = :id").param("id", id).query(Cohorts::listed).single();
	}

	/** The newest cohort of the course still open for enrolment: the one that starts last. */
	Optional<Cohort> newestOpen(long courseId) {
		return jdbc.sql("select " + COLUMNS + """
				 from learning_cohort c where c.course_id = :course and c.status in ('PLANNED', 'RUNNING')
				order by c.starts_on desc, c.id desc""")
			.param("course", courseId)
			.query(Cohorts::cohort)
			.list()
			.stream()
			.findFirst();
	}

	boolean any() {
		return jdbc.sql("select count(*) from learning_cohort").query(Long.class).single() > 0;
	}

	@Transactional
	long insert(long courseId, String name, LocalDate startsOn, LocalDate endsOn, CohortStatus status, Instant now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into learning_cohort (course_id, name, starts_on, ends_on, status, created_at)
				values (:course, :name, :starts, :ends, :status, :now)""")
			.param("course", courseId)
			.param("name", name)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	/** Saves the cohort's name, dates and status, unless someone changed it since {@code cohort.version()}. */
	@Transactional
	void update(Cohort cohort) {
		int updated = jdbc.sql("""
				update learning_cohort set name = :name, starts_on = :starts, ends_on = :ends, status = :status,
				       version = version + 1
				where id = :id and version = :version""")
			.param("name", cohort.name())
			.param("starts", cohort.startsOn())
			.param("ends", cohort.endsOn())
			.param("status", cohort.status().name())
			.param("id", cohort.id())
			.param("version", cohort.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Cohort " + cohort.id() + " changed meanwhile");
		}
	}

	List<Member> facilitators(long cohortId) {
		return members("select p.id, p.full_name from learning_facilitator f join people_person p on p.id = f.person_id"
				+ " where f.cohort_id = :cohort order by p.full_name", cohortId);
	}

	boolean facilitates(long cohortId, long personId) {
		return count("select count(*) from learning_facilitator where cohort_id = :cohort and person_id = :person",
				cohortId, personId) > 0;
	}

	@Transactional
	void addFacilitator(long cohortId, long personId) {
		jdbc.sql("insert into learning_facilitator (cohort_id, person_id) values (:cohort, :person)")
			.param("cohort", cohortId)
			.param("person", personId)
			.update();
	}

	@Transactional
	boolean removeFacilitator(long cohortId, long personId) {
		return jdbc.sql("delete from learning_facilitator where cohort_id = :cohort and person_id = :person")
			.param("cohort", cohortId)
			.param("person", personId)
			.update() == 1;
	}

	/** People invited to the cohort who have not enrolled in it yet, by name. */
	List<Member> invitedNotEnrolled(long cohortId) {
		return members("""
				select p.id, p.full_name from learning_invitation i join people_person p on p.id = i.person_id
				where i.cohort_id = :cohort and not exists
				  (select 1 from learning_enrolment e where e.cohort_id = i.cohort_id and e.person_id = i.person_id)
				order by p.full_name""", cohortId);
	}

	boolean invited(long cohortId, long personId) {
		return count("select count(*) from learning_invitation where cohort_id = :cohort and person_id = :person",
				cohortId, personId) > 0;
	}

	@Transactional
	void invite(long cohortId, long personId, Instant now) {
		jdbc.sql("insert into learning_invitation (cohort_id, person_id, invited_at) values (:cohort, :person, :now)")
			.param("cohort", cohortId)
			.param("person", personId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The people enrolled in the cohort, by name. */
	List<Member> enrolled(long cohortId) {
		return members("select p.id, p.full_name from learning_enrolment e join people_person p on p.id = e.person_id"
				+ " where e.cohort_id = :cohort order by p.full_name", cohortId);
	}

	boolean enrolled(long cohortId, long personId) {
		return count("select count(*) from learning_enrolment where cohort_id = :cohort and person_id = :person",
				cohortId, personId) > 0;
	}

	/** Everyone ever enrolled in a cohort of the course. */
	Set<Long> everEnrolled(long courseId) {
		return Set.copyOf(jdbc.sql("""
				select distinct e.person_id from learning_enrolment e join learning_cohort c on c.id = e.cohort_id
				where c.course_id = :course""")
			.param("course", courseId)
			.query(Long.class)
			.list());
	}

	@Transactional
	long enrol(long cohortId, long personId, Instant now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into learning_enrolment (cohort_id, person_id, enrolled_at) values (:cohort, :person, :now)")
			.param("cohort", cohortId)
			.param("person", personId)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	private List<Member> members(String sql, long cohortId) {
		return jdbc.sql(sql).param("cohort", cohortId).query((rs, n) -> new Member(rs.getLong(1), rs.getString(2))).list();
	}

	private long count(String sql, long cohortId, long personId) {
		return jdbc.sql(sql).param("cohort", cohortId).param("person", personId).query(Long.class).single();
	}

	private static Cohort cohort(ResultSet rs, int row) throws SQLException {
		return new Cohort(rs.getLong("id"), rs.getLong("course_id"), rs.getString("name"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				CohortStatus.valueOf(rs.getString("status")), rs.getInt("version"));
	}

	private static Listed listed(ResultSet rs, int row) throws SQLException {
		return new Listed(cohort(rs, row), new Bilingual(rs.getString("title_en"), rs.getString("title_he")),
				rs.getInt("learners"), rs.getInt("completed"), rs.getInt("invited"), rs.getInt("facilitators"),
				rs.getInt("awaiting"));
	}
}
