package org.agora.people;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface LeaderTerms extends ListCrudRepository<LeaderTerm, Long> {

	List<LeaderTerm> findByPersonIdOrderByStartDateDesc(Long personId);
}
