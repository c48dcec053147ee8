package io.dramatis.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.dramatis.search.IndexSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * This app instance among the others sharing the database: its name, its heartbeat, and the
 * release of work claimed by instances that stopped (or by this one, before a restart).
 *
 * <p>An instance is named after its host and data folder unless {@code dramatis.instance-id}
 * says otherwise, so a restarted instance knows its own claims and takes them back at once.
 */
@ApplicationScoped
public class Instances {

    /** An instance silent for this long is gone; its claims go back to the pool. */
    public static final Duration STALE = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(Instances.class);

    private final EntityManager entityManager;
    private final String id;
    private final Instant startedAt = Instant.now();

    Instances(EntityManager entityManager, @ConfigProperty(name = "dramatis.instance-id") Optional<String> configured,
            @ConfigProperty(name = "dramatis.data-dir") Path dataDir) {
        this.entityManager = entityManager;
        this.id = configured.orElseGet(() -> host() + ":" + dataDir.toAbsolutePath().normalize());
    }

    public String id() {
        return id;
    }

    void onStart(@Observes @Priority(IndexSchema.STARTUP_PRIORITY + 15) StartupEvent event) {
        heartbeat();
        // Only claims older than this process: the scheduler may already have claimed work for it.
        int released = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "update import_item set state = 'PENDING', claimed_by = null where state = 'CLAIMED'"
                        + " and claimed_by = ?1 and claimed_at < ?2")
                .setParameter(1, id).setParameter(2, startedAt).executeUpdate());
        if (released > 0) {
            LOG.infof("Took back %d import items this instance had claimed before it stopped", released);
        }
    }

    /** Synchronized: the first scheduled beat may come while the start-up one is inserting the row. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void heartbeat() {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Instant.now();
            int updated = entityManager.createNativeQuery("update app_instance set heartbeat_at = ?1 where id = ?2")
                    .setParameter(1, now).setParameter(2, id).executeUpdate();
            if (updated == 0) {
                entityManager.createNativeQuery("insert into app_instance (id, heartbeat_at) values (?1, ?2)")
                        .setParameter(1, id).setParameter(2, now).executeUpdate();
            }
        });
    }

    /**
     * Puts back the work of instances whose heartbeat is stale: their claimed items, and the
     * listing of a job they had started. (A restarted instance takes its own listing back itself.)
     */
    public void releaseStale() {
        Instant cutoff = Instant.now().minus(STALE);
        String stale = " not in (select id from app_instance where heartbeat_at >= ?1)";
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update import_job set lister = null where expanded = false"
                    + " and lister is not null and lister" + stale).setParameter(1, cutoff).executeUpdate();
            entityManager.createNativeQuery("update import_item set state = 'PENDING', claimed_by = null"
                    + " where state = 'CLAIMED' and claimed_by" + stale).setParameter(1, cutoff).executeUpdate();
        });
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
