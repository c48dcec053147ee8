package io.dramatis.ingest;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Retries a unit of work while the database is away (restarting, failing over), instead of
 * failing an import: the work is a transaction that rolled back, so doing it again is safe.
 */
public final class Transient {

    /** How long the database may be away before an import gives up. */
    static final Duration PATIENCE = Duration.ofMinutes(3);

    private static final Logger LOG = Logger.getLogger(Transient.class);

    private Transient() {
    }

    static <T> T retry(String what, Supplier<T> work) {
        long waited = 0;
        long delay = 250;
        while (true) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isDatabaseAway(e) || waited >= PATIENCE.toMillis()) {
                    throw e;
                }
                LOG.warnf("The database cannot be reached to %s (%s); trying again in %d ms", what, rootMessage(e),
                        delay);
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                waited += delay;
                delay = Math.min(delay * 2, 5000);
            }
        }
    }

    static void retry(String what, Runnable work) {
        retry(what, () -> {
            work.run();
            return null;
        });
    }

    /** {@link #retry} of work that is a transaction of its own. */
    static <T> T inNewTransaction(String what, Callable<T> work) {
        return retry(what, () -> QuarkusTransaction.requiringNew().call(work));
    }

    static void inNewTransaction(String what, Runnable work) {
        retry(what, () -> QuarkusTransaction.requiringNew().run(work));
    }

    /** A lost or refused connection, or the server shutting down: SQL states 08xxx and 57Pxx. */
    public static boolean isDatabaseAway(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof JDBCConnectionException || e instanceof SQLTransientException
                    || e instanceof SQLRecoverableException) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            String message = String.valueOf(e.getMessage());
            if (message.contains("Unable to acquire JDBC Connection") || message.contains("Connection refused")
                    || message.contains("This connection has been closed")) {
                return true;
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
