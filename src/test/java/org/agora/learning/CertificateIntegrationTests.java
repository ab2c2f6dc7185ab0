package org.agora.learning;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.agora.Personas;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A completed learner downloads their certificate as a PDF in their own language; anyone can check a certificate
 * by its code, and learns only the name, the course and the date.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CertificateIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Completion completion;

	record Issued(long enrolment, String code) {
	}

	@Test
	void theLearnerDownloadsTheirCertificateAsAPdf() throws Exception {
		var issued = completedBy(Personas.user(users, Personas.LEADER).personId());

		var response = mvc.perform(get("/learning/certificates/{id}.pdf", issued.enrolment())
			.with(Personas.as(users, Personas.LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"certificate-" + issued.code() + ".pdf\""))
			.andReturn()
			.getResponse();

		assertThat(text(response.getContentAsByteArray())).contains("Certificate of completion", "Rania Haddad",
				"Test course", issued.code(), "/certificates/" + issued.code());
	}

	@Test
	void aLearnerWhoReadsAgoraInHebrewGetsTheCertificateInHebrew() throws Exception {
		var learner = person("יעל אברהם", "he", Role.KNOWLEDGE_LEADER);
		var issued = completedBy(learner.personId());

		byte[] pdf = mvc.perform(get("/learning/certificates/{id}.pdf", issued.enrolment()).with(CompletionIntegrationTests.signedIn(learner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		String text = text(pdf);
		assertThat(text).contains(issued.code()).doesNotContain("Test course", "Certificate of completion");
		assertThat(words(text)).as("the Hebrew title, name and heading, whatever order the words come out in")
			.contains("קורס", "בדיקה", "יעל", "אברהם", "תעודת", "סיום");
	}

	@Test
	void theCertificateReadsTheSameWhoeverDownloadsIt() throws Exception {
		var learner = person("עומר לוי", "he", Role.KNOWLEDGE_LEADER);
		var issued = completedBy(learner.personId());

		byte[] pdf = mvc.perform(get("/learning/certificates/{id}.pdf", issued.enrolment()).param("lang", "en")
			.with(Personas.as(users, Personas.MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(words(text(pdf))).as("community managers may download it, in the learner's language")
			.contains("קורס", "בדיקה", "עומר");
	}

	@Test
	void aNameWithMarkupIsPrintedAsWritten() throws Exception {
		var learner = person("Dana <b>&amp;</b> \"Lee\" O'Hara", "en", Role.KNOWLEDGE_LEADER);
		var issued = completedBy(learner.personId());

		byte[] pdf = mvc.perform(get("/learning/certificates/{id}.pdf", issued.enrolment()).with(CompletionIntegrationTests.signedIn(learner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(text(pdf)).contains("Dana <b>&amp;</b> \"Lee\" O'Hara");
	}

	@Test
	void nobodyElseMayDownloadIt() throws Exception {
		var issued = completedBy(Personas.user(users, Personas.LEADER).personId());

		mvc.perform(get("/learning/certificates/{id}.pdf", issued.enrolment()).with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/learning/certificates/{id}.pdf", issued.enrolment()).with(Personas.as(users, Personas.GUEST)))
			.andExpect(status().isNotFound());
	}

	@Test
	void thereIsNoCertificateBeforeTheCourseIsCompleted() throws Exception {
		var fixtures = new LearningFixtures(jdbc);
		var course = fixtures.course();
		long enrolment = fixtures.enrol(fixtures.cohort(course.courseId(), CohortStatus.RUNNING),
				Personas.user(users, Personas.LEADER).personId());
		CompletionIntegrationTests.read(jdbc, enrolment, course.reading());
		completion.check(enrolment);

		mvc.perform(get("/learning/certificates/{id}.pdf", enrolment).with(Personas.as(users, Personas.LEADER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/learning/certificates/{id}.pdf", enrolment).with(Personas.as(users, Personas.MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anyoneCanCheckACertificateWithoutSigningIn() throws Exception {
		var issued = completedBy(Personas.user(users, Personas.LEADER).personId());
		String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(Locale.ENGLISH)
			.format(LocalDate.now(ZoneOffset.UTC));

		String page = mvc.perform(get("/certificates/{code}", issued.code()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Robots-Tag", "noindex"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Genuine:", "Rania Haddad", "Test course", today, issued.code())
			.as("nothing else about the person")
			.doesNotContain(Personas.LEADER, "/people/");
		mvc.perform(get("/certificates/{code}", issued.code().toLowerCase(Locale.ROOT))).andExpect(status().isOk());
	}

	@Test
	void anUnknownCodeIsANotFoundPageInTheSameStyle() throws Exception {
		String page = mvc.perform(get("/certificates/{code}", "KLF-0000000000"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Certificate check", "No certificate with this code.").doesNotContain("Genuine:");
		mvc.perform(get("/certificates/{code}", "not-a-code")).andExpect(status().isNotFound());
	}

	@Test
	void theLearnerSeesTheirCertificatesWithDownloadAndVerificationLinks() throws Exception {
		var issued = completedBy(Personas.user(users, Personas.LEADER).personId());

		String page = mvc.perform(get("/learning/certificates").with(Personas.as(users, Personas.LEADER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("href=\"/learning/certificates/" + issued.enrolment() + ".pdf\"",
				"href=\"/certificates/" + issued.code() + "\"", "http://localhost:8080/certificates/" + issued.code());
		assertThat(mvc.perform(get("/learning/certificates").with(Personas.as(users, Personas.GUEST)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(issued.code());
	}

	private Issued completedBy(long personId) {
		var fixtures = new LearningFixtures(jdbc);
		var course = fixtures.course();
		long enrolment = fixtures.enrol(fixtures.cohort(course.courseId(), CohortStatus.RUNNING), personId);
		CompletionIntegrationTests.finishEveryRequiredLesson(jdbc, course, enrolment);
		return new Issued(enrolment, completion.check(enrolment).orElseThrow());
	}

	private AccountUser person(String name, String locale, Role role) {
		return CompletionIntegrationTests.person(jdbc, name, locale, role);
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("one page").isEqualTo(1);
			return new PDFTextStripper().getText(document);
		}
	}

	private static Set<String> words(String text) {
		return Arrays.stream(text.split("[\\s:·.,]+")).collect(Collectors.toSet());
	}
}
