package org.agora.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.agora.platform.FileTypes;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exercises as learners do them: a written answer or a file, submitted for a facilitator to review. */
@Service
@Transactional(readOnly = true)
class Exercises {

	static final int MAX_TEXT = 10_000;

	static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	enum SubmissionStatus {

		/** Waiting for a facilitator. */
		SUBMITTED,

		/** The exercise is done. */
		ACCEPTED,

		/** The learner is asked to improve it and submit again. */
		REVISION_REQUESTED
	}

	record Exercise(long id, long lessonId, boolean allowsFile) {
	}

	record Submission(long id, Instant submittedAt, SubmissionStatus status, String text, String fileName,
			String fileType, Integer fileSize, String feedback, Instant reviewedAt) {
	}

	/** A file as the learner sent it; its content is read only when its size is within the limit. */
	record Upload(String fileName, long size, InputStreamSource content) {
	}

	record SubmittedFile(String fileName, String contentType, byte[] data) {
	}

	private final JdbcClient jdbc;

	private final Lessons lessons;

	private final LearnerEnrolments learners;

	private final LearningPolicy policy;

	private final Clock clock;

	Exercises(JdbcClient jdbc, Lessons lessons, LearnerEnrolments learners, LearningPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.lessons = lessons;
		this.learners = learners;
		this.policy = policy;
		this.clock = clock;
	}

	Optional<Exercise> find(long exerciseId) {
		return jdbc.sql("select id, lesson_id, allows_file from learning_exercise where id = :id")
			.param("id", exerciseId)
			.query((rs, n) -> new Exercise(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
			.optional();
	}

	/** The enrolment's submissions of the exercise, the latest first. */
	List<Submission> history(long enrolmentId, long exerciseId) {
		return jdbc.sql("""
				select id, submitted_at, status, text_answer, file_name, file_type, octet_length(file_data), feedback,
				       reviewed_at
				from learning_submission where enrolment_id = :enrolment and exercise_id = :exercise
				order by submitted_at desc, id desc""")
			.param("enrolment", enrolmentId)
			.param("exercise", exerciseId)
			.query((rs, n) -> new Submission(rs.getLong(1), rs.getTimestamp(2).toInstant(),
					SubmissionStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getObject(7, Integer.class), rs.getString(8),
					rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
			.list();
	}

	/** A first submission, or a new one after the facilitator asked for a revision. */
	static boolean maySubmit(List<Submission> history) {
		return history.isEmpty() || history.get(0).status() == SubmissionStatus.REVISION_REQUESTED;
	}

	/**
	 * Records the viewer's submission: a text of up to 10,000 characters and/or a file of up to 5 MB of an accepted
	 * type. Refused, with nothing recorded, when the viewer is not enrolled in an open cohort or their last
	 * submission is waiting for review or was accepted.
	 *
	 * @param upload the file, or null
	 * @return the submission's id
	 */
	@Transactional
	long submit(AgoraPrincipal viewer, long exerciseId, String text, Upload upload) {
		var exercise = find(exerciseId).orElseThrow(() -> new NotFoundException("Exercise"));
		var lesson = lessons.load(viewer, exercise.lessonId());
		var enrolment = learners.openFor(viewer, lesson.course().id());
		var history = history(enrolment.id(), exerciseId);
		if (!maySubmit(history)) {
			throw history.get(0).status() == SubmissionStatus.ACCEPTED
					? new InvalidInputException("exercise", "learner.exercise.error.accepted",
							"Your submission was accepted already.")
					: new InvalidInputException("exercise", "learner.exercise.error.pending",
							"Your last submission is waiting for review.");
		}
		String answer = text == null || text.isBlank() ? null : text.replace("\r\n", "\n");
		boolean hasFile = upload != null && (upload.size() > 0 || !blank(upload.fileName()));
		if (answer == null && !hasFile) {
			throw new InvalidInputException("text", "learner.exercise.error.empty", "Write your answer or attach a file.");
		}
		if (answer != null && answer.length() > MAX_TEXT) {
			throw new InvalidInputException("text", "learner.exercise.error.textLength",
					"The answer is longer than 10,000 characters.");
		}
		var file = hasFile ? read(exercise, upload) : null;
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into learning_submission (enrolment_id, exercise_id, text_answer, file_name, file_type, file_data,
				                                 submitted_at, status)
				values (:enrolment, :exercise, :text, :name, :type, :data, :now, 'SUBMITTED')""")
			.param("enrolment", enrolment.id())
			.param("exercise", exerciseId)
			.param("text", answer)
			.param("name", hasFile ? FileTypes.fileName(upload.fileName(), 255) : null)
			.param("type", hasFile ? file.contentType() : null)
			.param("data", hasFile ? file.data() : null)
			.param("now", Timestamp.from(clock.instant()))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	/** A submitted file, for the learner who sent it and the facilitators of their cohort; no one else learns of it. */
	SubmittedFile file(AgoraPrincipal viewer, long submissionId) {
		record Stored(long personId, long cohortId, SubmittedFile file) {
		}
		var stored = jdbc.sql("""
				select e.person_id, e.cohort_id, s.file_name, s.file_type, s.file_data
				from learning_submission s join learning_enrolment e on e.id = s.enrolment_id
				where s.id = :id and s.file_data is not null""")
			.param("id", submissionId)
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2),
					new SubmittedFile(rs.getString(3), rs.getString(4), rs.getBytes(5))))
			.optional()
			.filter(s -> viewer != null
					&& (s.personId() == viewer.personId() || policy.mayFacilitate(viewer, s.cohortId())))
			.orElseThrow(() -> new NotFoundException("File"));
		return stored.file();
	}

	private record Checked(String contentType, byte[] data) {
	}

	private static Checked read(Exercise exercise, Upload upload) {
		if (!exercise.allowsFile()) {
			throw new InvalidInputException("file", "learner.exercise.error.noFiles",
					"This exercise takes a written answer only.");
		}
		if (upload.size() > MAX_FILE_BYTES) {
			throw tooLarge();
		}
		byte[] data;
		try (var in = upload.content().getInputStream()) {
			data = in.readNBytes(MAX_FILE_BYTES + 1);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (data.length > MAX_FILE_BYTES) {
			throw tooLarge();
		}
		if (data.length == 0) {
			throw new InvalidInputException("file", "learner.exercise.error.fileEmpty", "The file is empty.");
		}
		String type = FileTypes.of(data);
		if (type == null) {
			throw new InvalidInputException("file", "learner.exercise.error.fileType",
					"The file must be a PDF, a PNG or JPEG image, plain text, or a Word, Excel or PowerPoint document.");
		}
		return new Checked(type, data);
	}

	private static InvalidInputException tooLarge() {
		return new InvalidInputException("file", "learner.exercise.error.fileSize", "The file is larger than 5 MB.");
	}

	/** The name without any folder, control characters or excess length, as it is shown and downloaded. */
	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
