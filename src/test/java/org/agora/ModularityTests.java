package org.agora;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules keep to their boundaries, and their documentation is written from the code. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(AgoraApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void foundationModulesExist() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString())).contains("platform", "people");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
