package org.agora.people;

import org.springframework.data.repository.ListCrudRepository;

interface Nominations extends ListCrudRepository<Nomination, Long> {

	boolean existsByNomineeIdAndStatus(Long nomineeId, NominationStatus status);

	boolean existsByNomineeIdAndNominatorIdAndStatus(Long nomineeId, Long nominatorId, NominationStatus status);

	java.util.List<Nomination> findByNomineeIdAndStatus(Long nomineeId, NominationStatus status);
}
