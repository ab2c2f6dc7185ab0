package org.agora.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.NANOSECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a writing {@link CrashChild} with SIGKILL, mid-transaction-loop, and checks that every commit it had
 * acknowledged is in the H2 file database afterwards, opened with the production URL options.
 */
class CrashDurabilityIntegrationTests {

	/** The options of the production JDBC URL in {@code application.yml}; only the file path differs here. */
	static final String PRODUCTION_URL_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128;WRITE_DELAY=0;LOCK_TIMEOUT=10000";

	private static final long SEED = 20_250_601L;

	private static final int ROUNDS = 5;

	private static final Duration CHILD_DEADLINE = Duration.ofSeconds(20);

	/** Exit status of a process killed by signal 9. */
	private static final int KILLED_BY_SIGKILL = 128 + 9;

	static String jdbcUrl(Path database) {
		return "jdbc:h2:file:" + database.toAbsolutePath() + PRODUCTION_URL_OPTIONS;
	}

	@Test
	void childUsesTheUrlOptionsOfProduction() throws IOException {
		try (InputStream yml = getClass().getResourceAsStream("/application.yml")) {
			assertThat(new String(yml.readAllBytes(), UTF_8))
				.contains("url: jdbc:h2:file:./data/agora" + PRODUCTION_URL_OPTIONS + "\n");
		}
	}

	@Test
	@Timeout(60)
	void everyAcknowledgedCommitSurvivesSigkillOfTheWriter() throws Exception {
		Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "crash-durability-");
		Path database = directory.resolve("agora");
		// Created up front, so that a database which lost everything reports the lost ids rather than a missing table.
		try (Connection connection = DriverManager.getConnection(jdbcUrl(database), "sa", "")) {
			CrashChild.createTableIfMissing(connection);
		}
		Random random = new Random(SEED);
		Set<Long> acknowledged = new TreeSet<>();
		for (int round = 1; round <= ROUNDS; round++) {
			int killAfter = random.nextInt(50, 401);
			try (Child child = Child.start(database, directory.resolve("child-" + round + ".stderr"))) {
				assertThat(child.awaitAcknowledgements(killAfter))
					.as("acknowledged ids in round %d before the kill; child stderr:%n%s", round, child.stderr())
					.isEqualTo(killAfter);
				assertThat(child.sigkill()).as("exit status of the killed child").isEqualTo(KILLED_BY_SIGKILL);
				acknowledged.addAll(child.acknowledged());
			}
			assertThat(lostOrDamaged(database, acknowledged))
				.as("acknowledged rows lost or damaged after %d crashes (seed %d, database %s)", round, SEED, database)
				.isEmpty();
		}
	}

	private static Set<Long> lostOrDamaged(Path database, Collection<Long> acknowledged) throws SQLException {
		Map<Long, String> rows = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(jdbcUrl(database), "sa", "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select id, payload from acknowledged_write")) {
			while (result.next()) {
				rows.put(result.getLong(1), result.getString(2));
			}
		}
		return acknowledged.stream()
			.filter(id -> !CrashChild.payload(id).equals(rows.get(id)))
			.collect(toCollection(TreeSet::new));
	}

	/** A running {@link CrashChild} JVM and the ids it has acknowledged on stdout. */
	private static final class Child implements AutoCloseable {

		private static final String END_OF_OUTPUT = "";

		private final Process process;

		private final Path stderr;

		private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		private final List<Long> acknowledged = new ArrayList<>();

		private final long deadline = System.nanoTime() + CHILD_DEADLINE.toNanos();

		private boolean ended;

		private Child(Process process, Path stderr) {
			this.process = process;
			this.stderr = stderr;
			Thread reader = new Thread(() -> {
				try {
					process.inputReader(US_ASCII).lines().forEach(lines::add);
				}
				finally {
					lines.add(END_OF_OUTPUT);
				}
			}, "crash-child-stdout");
			reader.setDaemon(true);
			reader.start();
		}

		static Child start(Path database, Path stderr) throws IOException {
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					System.getProperty("java.class.path"), CrashChild.class.getName(), database.toAbsolutePath().toString())
				.redirectError(stderr.toFile())
				.start();
			return new Child(process, stderr);
		}

		/** Reads acknowledgements until there are {@code count}, the child's output ends, or the deadline passes. */
		int awaitAcknowledgements(int count) throws InterruptedException {
			while (acknowledged.size() < count && next()) {
			}
			return acknowledged.size();
		}

		/** Kills the child with SIGKILL, so it cannot close the database, and returns its exit status. */
		int sigkill() throws InterruptedException {
			// Through the handle, because Process.destroyForcibly() also closes stdout and loses the last ids.
			process.toHandle().destroyForcibly();
			assertThat(process.waitFor(CHILD_DEADLINE.toSeconds(), SECONDS)).as("child died").isTrue();
			return process.exitValue();
		}

		/** All ids the child acknowledged, including those printed between the last read and the kill. */
		List<Long> acknowledged() throws InterruptedException {
			while (next()) {
			}
			return acknowledged;
		}

		String stderr() throws IOException {
			return Files.readString(stderr);
		}

		private boolean next() throws InterruptedException {
			String line = ended ? null : lines.poll(deadline - System.nanoTime(), NANOSECONDS);
			if (line == null || line.equals(END_OF_OUTPUT)) {
				ended = true;
				return false;
			}
			acknowledged.add(Long.parseLong(line));
			return true;
		}

		@Override
		public void close() {
			process.destroyForcibly();
		}
	}
}
