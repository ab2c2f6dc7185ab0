package org.agora.learning;

import java.security.SecureRandom;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Certificate codes: "KLF-" and ten characters of Crockford's base32 (50 random bits), so that a code cannot be
 * guessed, and reads aloud without confusing 0 and O or 1 and I.
 */
@Component
class CertificateCodes {

	static final String PREFIX = "KLF-";

	static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final int LENGTH = 10;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	CertificateCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A code no certificate has yet. */
	String next() {
		String code;
		do {
			code = random();
		}
		while (jdbc.sql("select count(*) from learning_enrolment where certificate_code = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0);
		return code;
	}

	String random() {
		var code = new StringBuilder(PREFIX);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	/**
	 * The code as it was issued, from one typed or read back: upper case, and the letters Crockford's base32 reads
	 * as digits (O as 0, I and L as 1) turned into them; null when it cannot be a code.
	 */
	static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String text = typed.strip().toUpperCase(Locale.ROOT);
		if (!text.startsWith(PREFIX) || text.length() != PREFIX.length() + LENGTH) {
			return null;
		}
		var code = new StringBuilder(PREFIX);
		for (char c : text.substring(PREFIX.length()).toCharArray()) {
			char digit = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (new String(ALPHABET).indexOf(digit) < 0) {
				return null;
			}
			code.append(digit);
		}
		return code.toString();
	}
}
