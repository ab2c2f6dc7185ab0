package org.agora.learning;

import java.util.List;
import java.util.regex.Pattern;

import org.agora.learning.FoundationsCourse.Content;
import org.agora.learning.FoundationsCourse.Lesson;
import org.agora.learning.FoundationsCourse.Module;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped course follows the content rules, and malformed content is refused with the file and field named. */
class FoundationsCourseTests {

	/** A word the topic's module title must contain, module by module. */
	private static final List<String> TOPICS = List.of("Concepts", "Sharing", "Mapping", "Digital", "AI", "Role",
			"Retention", "Change", "Communities", "Culture");

	private static final List<Integer> EXERCISE_MODULES = List.of(2, 6, 8, 9);

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");

	private static final Pattern HEBREW = Pattern.compile("\\p{InHebrew}");

	private static final Content CONTENT = FoundationsCourse
		.read(new PathMatchingResourcePatternResolver(FoundationsCourseTests.class.getClassLoader()));

	@Test
	void theCourseHasTenModulesOnTheRequiredTopicsInOrder() {
		assertThat(CONTENT.title().en()).isEqualTo("Knowledge Leaders Foundations");
		assertBilingual(CONTENT.title());
		assertBilingual(CONTENT.summary());
		assertThat(CONTENT.modules()).extracting(Module::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		for (int i = 0; i < TOPICS.size(); i++) {
			assertThat(CONTENT.modules().get(i).title().en()).as("title of module %d", i + 1)
				.containsPattern("\\b" + TOPICS.get(i));
		}
	}

	@Test
	void everyModuleStatesThreeOrFourObjectivesInBothLanguages() {
		for (var module : CONTENT.modules()) {
			assertBilingual(module.objectives());
			assertThat(bullets(module.objectives().en())).as(module.file()).isBetween(3L, 4L);
			assertThat(bullets(module.objectives().he())).as(module.file()).isEqualTo(bullets(module.objectives().en()));
		}
	}

	@Test
	void everyModuleOpensWithALessonOfSubstanceInBothLanguages() {
		for (var module : CONTENT.modules()) {
			var lesson = module.lessons().get(0);
			assertThat(lesson.kind()).as(module.file()).isEqualTo(LessonKind.READING);
			assertThat(lesson.required()).as(module.file()).isTrue();
			assertThat(words(lesson.body().en())).as("English words in " + module.file()).isBetween(400L, 750L);
			assertThat(lesson.body().en()).as(module.file()).contains("\n## ").contains("\n- ");
			assertHebrewOfSimilarLength(module, lesson);
		}
	}

	@Test
	void furtherReadingLessonsAreShortOptionalTools() {
		for (var module : CONTENT.modules()) {
			var tools = module.lessons().stream().skip(1).filter(l -> l.kind() == LessonKind.READING).toList();
			assertThat(tools).as(module.file()).hasSizeLessThanOrEqualTo(1);
			for (var tool : tools) {
				assertThat(tool.required()).as(module.file()).isFalse();
				assertThat(words(tool.body().en())).as("English words of the tool in " + module.file()).isBetween(120L, 350L);
				assertHebrewOfSimilarLength(module, tool);
			}
		}
	}

	@Test
	void modulesTwoSixEightAndNineEndWithAnExerciseAndTheOthersWithAQuiz() {
		for (var module : CONTENT.modules()) {
			var practice = module.lessons().stream().filter(l -> l.kind() != LessonKind.READING).toList();
			var expected = EXERCISE_MODULES.contains(module.position()) ? LessonKind.EXERCISE : LessonKind.QUIZ;
			assertThat(practice).as(module.file()).extracting(Lesson::kind).containsExactly(expected);
			assertThat(module.lessons().get(module.lessons().size() - 1)).as(module.file()).isSameAs(practice.get(0));
			assertThat(practice.get(0).required()).as(module.file()).isTrue();
		}
	}

	@Test
	void everyExerciseAsksForWorkInTheLeadersOwnUnitAndTakesAFile() {
		var exercises = CONTENT.lessons().stream().filter(l -> l.kind() == LessonKind.EXERCISE).toList();
		assertThat(exercises).hasSize(4).allSatisfy(exercise -> {
			assertThat(exercise.exercise().allowsFile()).isTrue();
			assertThat(exercise.body().en()).containsIgnoringCase("your unit");
			assertThat(words(exercise.body().en())).isGreaterThanOrEqualTo(60);
			assertBilingual(exercise.body());
		});
	}

	@Test
	void everyQuizFollowsTheCourseRules() {
		var quizzes = CONTENT.lessons().stream().filter(l -> l.kind() == LessonKind.QUIZ).toList();
		assertThat(quizzes).hasSize(6).allSatisfy(lesson -> {
			var quiz = lesson.quiz();
			assertThat(quiz.passPercent()).isEqualTo(70);
			assertThat(quiz.maxAttempts()).isEqualTo(3);
			assertThat(quiz.questions()).hasSizeBetween(3, 5).allSatisfy(question -> {
				assertBilingual(question.text());
				assertThat(question.options()).hasSizeBetween(3, 4)
					.allSatisfy(option -> assertBilingual(option.text()));
				long correct = question.options().stream().filter(FoundationsCourse.Option::correct).count();
				if (question.multiple()) {
					assertThat(correct).as(question.text().en()).isGreaterThanOrEqualTo(2).isLessThan(question.options().size());
				}
				else {
					assertThat(correct).as(question.text().en()).isEqualTo(1);
				}
			});
		});
	}

	@Test
	void everyLessonHasATimeEstimateAndOnlyWellKnownHttpsLinks() {
		for (var module : CONTENT.modules()) {
			assertThat(module.lessons()).as(module.file()).allSatisfy(lesson -> {
				assertThat(lesson.minutes()).isPositive();
				assertThat(lesson.links()).hasSizeLessThanOrEqualTo(2)
					.allSatisfy(link -> assertThat(link.url()).startsWith("https://en.wikipedia.org/wiki/"));
			});
		}
	}

	@Test
	void aSingleChoiceQuestionWithTwoCorrectOptionsIsRefusedNamingFileAndField() {
		String yaml = module("""
				  - kind: QUIZ
				    title: {en: "Check", he: "בדיקה"}
				    body: {en: "Intro", he: "פתיחה"}
				    quiz:
				      passPercent: 70
				      maxAttempts: 3
				      questions:
				        - text: {en: "Which?", he: "איזה?"}
				          options:
				            - {en: "A", he: "א", correct: true}
				            - {en: "B", he: "ב", correct: true}
				""");

		assertThatThrownBy(() -> FoundationsCourse.module("05-broken.yml", yaml))
			.hasMessageContaining("05-broken.yml")
			.hasMessageContaining("lessons[1].quiz.questions[1].options")
			.hasMessageContaining("exactly one correct option");
	}

	@Test
	void aMissingHebrewTextIsRefusedNamingFileAndField() {
		String yaml = module("""
				  - kind: READING
				    title: {en: "Reading", he: "Reading"}
				    body: {en: "Text", he: "טקסט"}
				""");

		assertThatThrownBy(() -> FoundationsCourse.module("05-broken.yml", yaml))
			.hasMessageContaining("05-broken.yml at lessons[1].title.he: the Hebrew text has no Hebrew letters");
	}

	@Test
	void anUnknownKindOrFieldIsRefused() {
		String unknownKind = module("""
				  - kind: VIDEO
				    title: {en: "Watch", he: "צפייה"}
				    body: {en: "Text", he: "טקסט"}
				""");
		String unknownField = module("""
				  - kind: READING
				    title: {en: "Reading", he: "קריאה"}
				    boddy: {en: "Text", he: "טקסט"}
				""");

		assertThatThrownBy(() -> FoundationsCourse.module("05-broken.yml", unknownKind))
			.hasMessageContaining("05-broken.yml at lessons[1].kind: unknown kind 'VIDEO'");
		assertThatThrownBy(() -> FoundationsCourse.module("05-broken.yml", unknownField))
			.hasMessageContaining("05-broken.yml at lessons[1].boddy: unknown field");
	}

	@Test
	void invalidYamlIsRefusedNamingTheFile() {
		assertThatThrownBy(() -> FoundationsCourse.module("05-broken.yml", "title: {en: \"unclosed"))
			.hasMessageStartingWith("Malformed course content in 05-broken.yml: not valid YAML");
	}

	private static String module(String lessons) {
		return """
				position: 5
				title: {en: "Module", he: "פרק"}
				objectives: {en: "- Learn", he: "- ללמוד"}
				lessons:
				""" + lessons;
	}

	private static void assertHebrewOfSimilarLength(Module module, Lesson lesson) {
		assertBilingual(lesson.body());
		assertThat((double) lesson.body().he().length()).as("Hebrew length of %s in %s", lesson.title().en(), module.file())
			.isGreaterThanOrEqualTo(0.6 * lesson.body().en().length());
	}

	private static void assertBilingual(Bilingual text) {
		assertThat(text.en()).isNotBlank();
		assertThat(text.he()).isNotBlank().containsPattern(HEBREW);
	}

	private static long bullets(String markdown) {
		return markdown.lines().filter(line -> line.startsWith("- ")).count();
	}

	static long words(String markdown) {
		return WORD.matcher(markdown).results().count();
	}
}
