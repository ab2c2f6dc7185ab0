package org.agora.people;

import static org.agora.platform.Text.blankToNull;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own profile: what they tell colleagues about themselves, and their picture. */
@Service
class Profiles {

	static final int MAX_AVATAR_BYTES = 1024 * 1024;

	static final List<String> LOCALES = List.of("en", "he");

	record ProfileForm(String fullName, String jobTitle, String languages, String expertise, String bio, String locale,
			String timeZone) {

		static ProfileForm of(Person p) {
			return new ProfileForm(p.fullName, p.jobTitle, p.languages, String.join(", ", p.expertiseTags()), p.bio,
					p.locale, p.timeZone);
		}

		Set<String> expertiseTags() {
			return expertise == null ? Set.of()
					: Arrays.stream(expertise.split(","))
						.map(Person.Expertise::normalize)
						.filter(t -> !t.isEmpty())
						.collect(Collectors.toCollection(LinkedHashSet::new));
		}
	}

	private final Persons persons;

	private final PeoplePolicy policy;

	private final JdbcClient jdbc;

	private final org.springframework.context.ApplicationEventPublisher events;

	Profiles(Persons persons, PeoplePolicy policy, JdbcClient jdbc,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.persons = persons;
		this.policy = policy;
		this.jdbc = jdbc;
	}

	Person load(long personId) {
		return persons.findById(personId).orElseThrow(() -> new NotFoundException("Person"));
	}

	@Transactional
	void update(AgoraPrincipal viewer, long personId, ProfileForm form) {
		if (!policy.mayEditProfile(viewer, personId)) {
			throw new AccessDeniedException("Not your profile");
		}
		validate(form);
		var person = load(personId);
		person.fullName = form.fullName().strip();
		person.jobTitle = blankToNull(form.jobTitle());
		person.languages = blankToNull(form.languages());
		person.bio = blankToNull(form.bio());
		person.locale = form.locale();
		person.timeZone = blankToNull(form.timeZone());
		person.replaceExpertise(form.expertiseTags());
		persons.save(person);
		events.publishEvent(new PersonUpdated(person.id, person.unitId, person.active));
	}

	private static void validate(ProfileForm form) {
		if (form.fullName() == null || form.fullName().isBlank()) {
			throw new InvalidInputException("fullName", "profile.error.name", "Give your name.");
		}
		if (form.fullName().length() > 200) {
			throw new InvalidInputException("fullName", "profile.error.nameLength", "The name is longer than 200 characters.");
		}
		if (form.jobTitle() != null && form.jobTitle().length() > 200) {
			throw new InvalidInputException("jobTitle", "profile.error.titleLength", "The job title is longer than 200 characters.");
		}
		if (form.languages() != null && form.languages().length() > 200) {
			throw new InvalidInputException("languages", "profile.error.languagesLength", "The languages are longer than 200 characters.");
		}
		if (form.bio() != null && form.bio().length() > 2000) {
			throw new InvalidInputException("bio", "profile.error.bioLength", "The bio is longer than 2000 characters.");
		}
		var tags = form.expertiseTags();
		if (tags.size() > 20 || tags.stream().anyMatch(t -> t.length() > 60)) {
			throw new InvalidInputException("expertise", "profile.error.expertise",
					"Give at most 20 expertise tags of up to 60 characters each.");
		}
		if (form.locale() == null || !LOCALES.contains(form.locale())) {
			throw new InvalidInputException("locale", "profile.error.locale", "Choose English or Hebrew.");
		}
		if (form.timeZone() != null && !form.timeZone().isBlank()
				&& org.agora.platform.TimeZones.parse(form.timeZone()).isEmpty()) {
			throw new InvalidInputException("timeZone", "profile.error.timeZone", "Choose a time zone from the list.");
		}
	}

	@Transactional
	void setAvatar(AgoraPrincipal viewer, long personId, byte[] data) {
		if (!policy.mayEditProfile(viewer, personId)) {
			throw new AccessDeniedException("Not your profile");
		}
		String type = imageType(data);
		if (type == null) {
			throw new InvalidInputException("avatar", "profile.error.avatarType", "The picture must be a PNG or JPEG image.");
		}
		if (data.length > MAX_AVATAR_BYTES) {
			throw new InvalidInputException("avatar", "profile.error.avatarSize", "The picture is larger than 1 MB.");
		}
		jdbc.sql("delete from people_avatar where person_id = :id").param("id", personId).update();
		jdbc.sql("insert into people_avatar (person_id, content_type, data) values (:id, :type, :data)")
			.param("id", personId)
			.param("type", type)
			.param("data", data)
			.update();
	}

	record Avatar(String contentType, byte[] data) {
	}

	Avatar avatar(long personId) {
		return jdbc.sql("select content_type, data from people_avatar where person_id = :id")
			.param("id", personId)
			.query((rs, n) -> new Avatar(rs.getString(1), rs.getBytes(2)))
			.optional()
			.orElse(null);
	}

	/** The image type judged by the file's content, not by its name. */
	static String imageType(byte[] data) {
		if (data == null || data.length < 8) {
			return null;
		}
		if ((data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
			return "image/png";
		}
		if ((data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		return null;
	}
}
