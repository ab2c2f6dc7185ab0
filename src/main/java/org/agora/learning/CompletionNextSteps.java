package org.agora.learning;

import java.util.ArrayList;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.HomeSection;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** After a course: the feedback survey while it is unanswered, and the certificate to download. */
@Component
class CompletionNextSteps implements HomeSection {

	private final Certificates certificates;

	private final FeedbackSurvey survey;

	CompletionNextSteps(Certificates certificates, FeedbackSurvey survey) {
		this.certificates = certificates;
		this.survey = survey;
	}

	@Override
	public List<NextStep> nextSteps(AgoraPrincipal viewer) {
		if (viewer == null) {
			return List.of();
		}
		String lang = LocaleContextHolder.getLocale().getLanguage();
		var steps = new ArrayList<NextStep>();
		for (var certificate : certificates.ofPerson(viewer.personId())) {
			String course = certificate.courseTitle().in(lang);
			if (!survey.given(certificate.enrolmentId())) {
				steps.add(new NextStep("completion.home.feedback", List.of(course),
						"/learning/courses/" + certificate.courseId() + "/feedback", 30));
			}
			steps.add(new NextStep("completion.home.certificate", List.of(course), certificate.downloadPath(), 70));
		}
		return steps;
	}
}
