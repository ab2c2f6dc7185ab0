package org.agora.people;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.agora.platform.security.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person in the organization who has an Agora account. */
@Table("people_person")
class Person {

	@Id
	Long id;

	String email;

	String fullName;

	String jobTitle;

	Long unitId;

	String languages;

	String bio;

	String locale;

	/** The IANA time zone the person reads times in; null for the organization's. */
	String timeZone;

	LeaderStatus leaderStatus;

	boolean active;

	Instant createdAt;

	@Version
	Integer version;

	@MappedCollection(idColumn = "person_id")
	Set<PersonRole> roles = new HashSet<>();

	@MappedCollection(idColumn = "person_id")
	Set<Expertise> expertise = new HashSet<>();

	Person() {
	}

	static Person create(String email, String fullName, Long unitId, Set<Role> roles, Instant now) {
		var person = new Person();
		person.email = normalizeEmail(email);
		person.fullName = fullName.strip();
		person.unitId = unitId;
		person.locale = "en";
		person.active = true;
		person.createdAt = now;
		roles.forEach(person::grant);
		return person;
	}

	static String normalizeEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	Set<Role> roleSet() {
		return roles.stream().map(PersonRole::role).collect(Collectors.toUnmodifiableSet());
	}

	Set<String> expertiseTags() {
		return expertise.stream().map(Expertise::tag).collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	void grant(Role role) {
		roles.add(new PersonRole(role));
	}

	void revoke(Role role) {
		roles.removeIf(r -> r.role() == role);
	}

	void replaceRoles(Set<Role> newRoles) {
		roles.clear();
		newRoles.forEach(this::grant);
	}

	void replaceExpertise(Set<String> tags) {
		expertise.clear();
		tags.stream().map(Expertise::normalize).filter(t -> !t.isEmpty()).forEach(t -> expertise.add(new Expertise(t)));
	}

	/** Makes the person an active leader; only a nominee or alumnus can become one. */
	void becomeLeader() {
		if (leaderStatus == LeaderStatus.ACTIVE) {
			throw new IllegalStateException("Person " + id + " is already an active knowledge leader");
		}
		leaderStatus = LeaderStatus.ACTIVE;
		grant(Role.KNOWLEDGE_LEADER);
	}

	void retireAsLeader() {
		if (leaderStatus != LeaderStatus.ACTIVE) {
			throw new IllegalStateException("Person " + id + " is not an active knowledge leader");
		}
		leaderStatus = LeaderStatus.ALUMNI;
		revoke(Role.KNOWLEDGE_LEADER);
	}

	void markNominee() {
		if (leaderStatus == null) {
			leaderStatus = LeaderStatus.NOMINEE;
		}
	}

	@Table("people_person_role")
	record PersonRole(Role role) {
	}

	@Table("people_expertise")
	record Expertise(String tag) {

		static String normalize(String tag) {
			return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		}
	}
}
