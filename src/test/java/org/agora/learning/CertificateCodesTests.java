package org.agora.learning;

import java.util.HashSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Certificate codes are random Crockford base32, and read back however a person types them. */
class CertificateCodesTests {

	@Test
	void aCodeIsTheProgrammePrefixAndTenCrockfordCharacters() {
		var codes = new CertificateCodes(null);

		var drawn = new HashSet<String>();
		IntStream.range(0, 1000).forEach(i -> drawn.add(codes.random()));

		assertThat(drawn).hasSize(1000).allMatch(code -> code.matches("KLF-[0-9A-HJKMNP-TV-Z]{10}"));
	}

	@Test
	void aTypedCodeIsReadAsIssued() {
		assertThat(CertificateCodes.normalize(" klf-7h3q9zx2ab ")).isEqualTo("KLF-7H3Q9ZX2AB");
		assertThat(CertificateCodes.normalize("KLF-O0IL1ABCDE")).as("O reads as 0, I and L as 1").isEqualTo("KLF-00111ABCDE");
	}

	@Test
	void anythingElseIsNoCode() {
		assertThat(CertificateCodes.normalize("KLF-123")).isNull();
		assertThat(CertificateCodes.normalize("XYZ-7H3Q9ZX2AB")).isNull();
		assertThat(CertificateCodes.normalize("KLF-7H3Q9ZX2A!")).isNull();
		assertThat(CertificateCodes.normalize("KLF-7H3Q9ZX2AU")).as("U is not in the alphabet").isNull();
		assertThat(CertificateCodes.normalize(null)).isNull();
	}
}
