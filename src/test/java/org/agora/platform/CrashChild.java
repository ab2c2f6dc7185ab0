package org.agora.platform;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * The victim of {@link CrashDurabilityIntegrationTests}: commits one row per transaction into the H2 file database
 * given as the only argument, and prints each id on its own line only after {@code commit()} has returned. It never
 * stops on its own; the test kills it.
 */
final class CrashChild {

	private CrashChild() {
	}

	public static void main(String[] args) throws Exception {
		String url = CrashDurabilityIntegrationTests.jdbcUrl(Path.of(args[0]));
		// A single write(2) per line, smaller than PIPE_BUF, so the parent never reads half an id.
		OutputStream stdout = new FileOutputStream(FileDescriptor.out);
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			createTableIfMissing(connection);
			connection.setAutoCommit(false);
			long id = nextId(connection);
			try (PreparedStatement insert = connection
				.prepareStatement("insert into acknowledged_write (id, payload) values (?, ?)")) {
				while (true) {
					insert.setLong(1, id);
					insert.setString(2, payload(id));
					insert.executeUpdate();
					connection.commit();
					stdout.write((id + "\n").getBytes(US_ASCII));
					stdout.flush();
					id++;
				}
			}
		}
	}

	static void createTableIfMissing(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists acknowledged_write"
					+ " (id bigint primary key, payload varchar(1000) not null)");
		}
	}

	/** Some hundreds of bytes that tell which row they belong to, so a damaged row shows as well as a missing one. */
	static String payload(long id) {
		return "%-10d".formatted(id).repeat(50);
	}

	private static long nextId(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from acknowledged_write")) {
			max.next();
			return max.getLong(1);
		}
	}
}
