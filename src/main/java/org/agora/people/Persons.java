package org.agora.people;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Persons extends ListCrudRepository<Person, Long> {

	Optional<Person> findByEmail(String email);

	boolean existsByEmail(String email);
}
