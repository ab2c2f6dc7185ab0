package org.agora.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Quizzes as learners take them: the questions, their attempts, and grading a new attempt. */
@Service
@Transactional(readOnly = true)
class Quizzes {

	record Option(long id, Bilingual text, boolean correct) {
	}

	record Question(long id, Bilingual text, boolean multiple, List<Option> options) {

		Set<Long> correctOptions() {
			return options.stream().filter(Option::correct).map(Option::id).collect(Collectors.toSet());
		}

		boolean hasOption(long optionId) {
			return options.stream().anyMatch(o -> o.id() == optionId);
		}
	}

	record Quiz(long id, long lessonId, int passPercent, int maxAttempts, List<Question> questions) {

		Optional<Question> question(long questionId) {
			return questions.stream().filter(q -> q.id() == questionId).findFirst();
		}
	}

	/** @param answers the chosen option ids by question id */
	record Attempt(int number, int score, boolean passed, Map<Long, List<Long>> answers, Instant submittedAt) {
	}

	/** A graded attempt, and what is left to the learner. */
	record Result(Quiz quiz, int attempt, QuizGrading.Graded grade, int attemptsLeft) {
	}

	private static final TypeReference<TreeMap<Long, List<Long>>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Lessons lessons;

	private final LearnerEnrolments learners;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	Quizzes(JdbcClient jdbc, Lessons lessons, LearnerEnrolments learners, ApplicationEventPublisher events,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.lessons = lessons;
		this.learners = learners;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	Optional<Quiz> find(long quizId) {
		var quiz = jdbc.sql("select id, lesson_id, pass_percent, max_attempts from learning_quiz where id = :id")
			.param("id", quizId)
			.query((rs, n) -> new Quiz(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), List.of()))
			.optional();
		return quiz.map(q -> new Quiz(q.id(), q.lessonId(), q.passPercent(), q.maxAttempts(), questions(q.id())));
	}

	/** The enrolment's attempts at the quiz, first attempt first. */
	List<Attempt> attempts(long enrolmentId, long quizId) {
		return jdbc.sql("""
				select attempt_no, score_percent, passed, answers, submitted_at from learning_attempt
				where enrolment_id = :enrolment and quiz_id = :quiz order by attempt_no""")
			.param("enrolment", enrolmentId)
			.param("quiz", quizId)
			.query((rs, n) -> new Attempt(rs.getInt(1), rs.getInt(2), rs.getBoolean(3), readAnswers(rs.getString(4)),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	/**
	 * Grades and records an attempt of the viewer. Refused, with nothing recorded, when the viewer is not enrolled
	 * in an open cohort, has passed already, has no attempts left, or names an option the question does not have.
	 */
	@Transactional
	Result attempt(AgoraPrincipal viewer, long quizId, Map<Long, ? extends List<Long>> answers) {
		var quiz = find(quizId).orElseThrow(() -> new NotFoundException("Quiz"));
		var lesson = lessons.load(viewer, quiz.lessonId());
		var enrolment = learners.openFor(viewer, lesson.course().id());
		var previous = attempts(enrolment.id(), quizId);
		if (previous.stream().anyMatch(Attempt::passed)) {
			throw new InvalidInputException("quiz", "learner.quiz.error.passed", "You have already passed this quiz.");
		}
		if (previous.size() >= quiz.maxAttempts()) {
			throw new InvalidInputException("quiz", "learner.quiz.error.noAttemptsLeft",
					"You have used all " + quiz.maxAttempts() + " attempts at this quiz.");
		}
		var grade = QuizGrading.grade(quiz, answers);
		int number = previous.size() + 1;
		jdbc.sql("""
				insert into learning_attempt (enrolment_id, quiz_id, attempt_no, score_percent, passed, answers, submitted_at)
				values (:enrolment, :quiz, :number, :score, :passed, :answers, :now)""")
			.param("enrolment", enrolment.id())
			.param("quiz", quizId)
			.param("number", number)
			.param("score", grade.score())
			.param("passed", grade.passed())
			.param("answers", writeAnswers(answers))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (grade.passed()) {
			events.publishEvent(new LessonCompleted(viewer.personId(), quiz.lessonId(), enrolment.cohortId()));
		}
		return new Result(quiz, number, grade, grade.passed() ? 0 : quiz.maxAttempts() - number);
	}

	private List<Question> questions(long quizId) {
		Map<Long, List<Option>> options = jdbc.sql("""
				select o.question_id, o.id, o.text_en, o.text_he, o.correct from learning_option o
				join learning_question q on q.id = o.question_id where q.quiz_id = :quiz order by o.position, o.id""")
			.param("quiz", quizId)
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new Option(rs.getLong(2), new Bilingual(rs.getString(3), rs.getString(4)), rs.getBoolean(5))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("""
				select id, text_en, text_he, multiple from learning_question where quiz_id = :quiz
				order by position, id""")
			.param("quiz", quizId)
			.query((rs, n) -> new Question(rs.getLong(1), new Bilingual(rs.getString(2), rs.getString(3)),
					rs.getBoolean(4), options.getOrDefault(rs.getLong(1), List.of())))
			.list();
	}

	private String writeAnswers(Map<Long, ? extends List<Long>> answers) {
		var sorted = new TreeMap<Long, List<Long>>();
		answers.forEach((question, chosen) -> sorted.put(question,
				chosen == null ? List.of() : chosen.stream().distinct().sorted().toList()));
		return json.writeValueAsString(sorted);
	}

	private Map<Long, List<Long>> readAnswers(String text) {
		return text == null || text.isBlank() ? Map.of() : json.readValue(text, ANSWERS);
	}
}
