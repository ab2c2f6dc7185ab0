package org.agora.initiatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.agora.initiatives.InitiativeStatus.ACTIVE;
import static org.agora.initiatives.InitiativeStatus.COMPLETED;
import static org.agora.initiatives.InitiativeStatus.IDEA;
import static org.agora.initiatives.InitiativeStatus.PLANNED;
import static org.agora.initiatives.InitiativeStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

/** Every pair of statuses: exactly the moves of the lifecycle are allowed, and a stopped one resumes as planned. */
class InitiativeStatusTests {

	static final Set<List<InitiativeStatus>> LEGAL = Set.of(List.of(IDEA, PLANNED), List.of(IDEA, STOPPED),
			List.of(PLANNED, ACTIVE), List.of(PLANNED, STOPPED), List.of(ACTIVE, COMPLETED), List.of(ACTIVE, STOPPED),
			List.of(STOPPED, PLANNED));

	static Stream<Arguments> everyPair() {
		var pairs = new ArrayList<Arguments>();
		for (var from : InitiativeStatus.values()) {
			for (var to : InitiativeStatus.values()) {
				pairs.add(Arguments.of(from, to, LEGAL.contains(List.of(from, to))));
			}
		}
		return pairs.stream();
	}

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@MethodSource("everyPair")
	void aMoveIsAllowedExactlyWhenTheLifecycleHasIt(InitiativeStatus from, InitiativeStatus to, boolean legal) {
		assertThat(from.mayMoveTo(to)).isEqualTo(legal);
	}
}
