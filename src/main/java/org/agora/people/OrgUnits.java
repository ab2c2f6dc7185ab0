package org.agora.people;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OrgUnits extends ListCrudRepository<OrgUnit, Long> {

	Optional<OrgUnit> findByCode(String code);
}
