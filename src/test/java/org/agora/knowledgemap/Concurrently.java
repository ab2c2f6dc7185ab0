package org.agora.knowledgemap;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two changes made at once, in a set order: the first is made in a transaction on a thread of its own and held open
 * (with its locks) until the test commits it; the second is started on another thread and seen to wait for a lock
 * before the first is committed. A second change that does not wait runs to its end meanwhile, as it would have had
 * the two raced.
 */
final class Concurrently {

	private static final Duration LONGEST = Duration.ofSeconds(20);

	private Concurrently() {
	}

	/** The first change: made, and its transaction held open until {@link #commit()}. */
	static final class Held {

		private final CountDownLatch made = new CountDownLatch(1);

		private final CountDownLatch release = new CountDownLatch(1);

		private final FutureTask<Void> task;

		Held(TransactionTemplate transactions, Runnable change) throws Exception {
			task = new FutureTask<>(() -> {
				try {
					transactions.executeWithoutResult(status -> {
						change.run();
						made.countDown();
						await(release);
					});
				}
				finally {
					made.countDown();
				}
				return null;
			});
			new Thread(task, "held-change").start();
			await(made);
			if (task.isDone()) {
				result(task);
			}
		}

		void commit() throws Exception {
			release.countDown();
			result(task);
		}
	}

	/** The second change, started on a thread of its own. */
	static final class Second<T> {

		private final FutureTask<T> task;

		private final Thread thread;

		Second(Callable<T> change) {
			task = new FutureTask<>(change);
			thread = new Thread(task, "second-change");
			thread.start();
		}

		/**
		 * Returns once the change waits for a lock: H2 waits on a Java monitor, PostgreSQL in the server, where
		 * {@code pg_stat_activity} shows it. Returns after a few seconds at most, or as soon as the change has ended.
		 */
		Second<T> waitingForALock(DataSource dataSource) throws Exception {
			var jdbc = JdbcClient.create(dataSource);
			boolean postgres;
			try (var connection = dataSource.getConnection()) {
				postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
			}
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
			while (!task.isDone() && System.nanoTime() < end) {
				var state = thread.getState();
				if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
						|| state == Thread.State.BLOCKED || postgres && lockWaits(jdbc) > 0) {
					return this;
				}
				Thread.sleep(10);
			}
			return this;
		}

		/** What the change returned; what it threw, it throws. */
		T result() throws Exception {
			return Concurrently.result(task);
		}
	}

	private static int lockWaits(JdbcClient jdbc) {
		return jdbc.sql("""
				select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()""")
			.query(Integer.class)
			.single();
	}

	private static <T> T result(FutureTask<T> task) throws Exception {
		try {
			return task.get(LONGEST.toSeconds(), TimeUnit.SECONDS);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof Exception cause) {
				throw cause;
			}
			throw e;
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(LONGEST.toSeconds(), TimeUnit.SECONDS)) {
				throw new IllegalStateException("Waited too long");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
