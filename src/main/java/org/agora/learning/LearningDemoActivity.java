package org.agora.learning;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the demo's learners did, written straight to the tables as the learner's pages would have: lessons read,
 * quiz attempts with their answers, exercises submitted and reviewed.
 */
@Component
class LearningDemoActivity {

	private record Option(long id, boolean correct) {
	}

	private static final List<String> ANSWERS = List.of("""
			Critical skill: restarting the reverse-osmosis train after a power cut.
			Who holds it: two senior shift operators; one retires next year.
			How we keep it: a recorded walkthrough, a checklist in the toolkit and a shadow shift every quarter.""", """
			Critical skill: reading the early signs of membrane fouling in the pressure logs.
			Who holds it: our process engineer and one technician.
			Next step: a lessons-learned session in March and a short how-to article.""", """
			Critical skill: negotiating emergency supply with the neighbouring municipality.
			Who holds it: the regional operations manager only.
			Plan: pair her with a deputy for the next two incidents and write the call script down.""", """
			Critical skill: calibrating the chlorine dosing pumps at the small reservoirs.
			Who holds it: three field technicians, none documented.
			Plan: film one calibration, add it to the toolkit, and run a peer session in the spring.""");

	private final JdbcClient jdbc;

	LearningDemoActivity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One of the demo's exercise answers, the same for the same learner. */
	static String answer(int learner) {
		return ANSWERS.get(learner % ANSWERS.size());
	}

	/** Does one lesson the way its kind asks: reads it, passes its quiz, or has its exercise accepted. */
	void lesson(long enrolment, Catalog.Lesson lesson, Instant at, int i, boolean failFirst, Long reviewer) {
		switch (lesson.kind()) {
			case READING -> jdbc.sql("""
					insert into learning_completion (enrolment_id, lesson_id, completed_at) values (:e, :l, :at)""")
				.param("e", enrolment)
				.param("l", lesson.id())
				.param("at", Timestamp.from(at))
				.update();
			case QUIZ -> {
				int no = 1;
				if (failFirst && maxAttempts(lesson.quizId()) > 1) {
					attempt(enrolment, lesson.quizId(), no++, false, at.minus(Duration.ofHours(20)));
				}
				attempt(enrolment, lesson.quizId(), no, true, at);
			}
			case EXERCISE -> submission(enrolment, lesson.exerciseId(), answer(i),
					at.minus(Duration.ofDays(2)), Reviews.ACCEPTED, i % 2 == 0 ? "Clear and practical. Well done!" : null,
					reviewer, at);
		}
	}

	/**
	 * An attempt with realistic answers, as a JSON object from question id to the chosen option ids: every correct
	 * option for a pass; for a fail, wrong options until the score is under the pass mark.
	 */
	void attempt(long enrolment, long quizId, int no, boolean pass, Instant at) {
		var questions = questions(quizId);
		int passPercent = jdbc.sql("select pass_percent from learning_quiz where id = :id").param("id", quizId)
			.query(Integer.class)
			.single();
		var wrong = new HashSet<Long>();
		int score = score(questions, wrong);
		for (var question : questions.keySet()) {
			if (pass || score < passPercent) {
				break;
			}
			if (questions.get(question).stream().anyMatch(o -> !o.correct())) {
				wrong.add(question);
				score = score(questions, wrong);
			}
		}
		var answers = questions.entrySet().stream().map(q -> {
			var chosen = wrong.contains(q.getKey())
					? q.getValue().stream().filter(o -> !o.correct()).limit(1)
					: q.getValue().stream().filter(Option::correct);
			return "\"" + q.getKey() + "\":[" + chosen.map(o -> String.valueOf(o.id())).collect(Collectors.joining(","))
					+ "]";
		}).collect(Collectors.joining(",", "{", "}"));
		jdbc.sql("""
				insert into learning_attempt (enrolment_id, quiz_id, attempt_no, score_percent, passed, answers, submitted_at)
				values (:e, :q, :no, :score, :passed, :answers, :at)""")
			.param("e", enrolment)
			.param("q", quizId)
			.param("no", no)
			.param("score", score)
			.param("passed", score >= passPercent)
			.param("answers", answers)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static int score(Map<Long, List<Option>> questions, Set<Long> wrong) {
		return questions.isEmpty() ? 100 : (questions.size() - wrong.size()) * 100 / questions.size();
	}

	private Map<Long, List<Option>> questions(long quizId) {
		var questions = new LinkedHashMap<Long, List<Option>>();
		jdbc.sql("""
				select q.id, o.id, o.correct from learning_question q join learning_option o on o.question_id = q.id
				where q.quiz_id = :quiz order by q.position, q.id, o.position, o.id""")
			.param("quiz", quizId)
			.query((rs, n) -> questions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Option(rs.getLong(2), rs.getBoolean(3))))
			.list();
		return questions;
	}

	private int maxAttempts(long quizId) {
		return jdbc.sql("select max_attempts from learning_quiz where id = :id").param("id", quizId)
			.query(Integer.class)
			.single();
	}

	void submission(long enrolment, long exerciseId, String text, Instant at, String status, String feedback,
			Long reviewer, Instant reviewedAt) {
		jdbc.sql("""
				insert into learning_submission (enrolment_id, exercise_id, text_answer, submitted_at, status, feedback,
				                                 reviewed_by, reviewed_at)
				values (:e, :x, :text, :at, :status, :feedback, :reviewer, :reviewedAt)""")
			.param("e", enrolment)
			.param("x", exerciseId)
			.param("text", text)
			.param("at", Timestamp.from(at))
			.param("status", status)
			.param("feedback", new SqlParameterValue(Types.VARCHAR, feedback))
			.param("reviewer", new SqlParameterValue(Types.BIGINT, reviewer))
			.param("reviewedAt", new SqlParameterValue(Types.TIMESTAMP,
					reviewedAt == null ? null : Timestamp.from(reviewedAt)))
			.update();
	}
}
