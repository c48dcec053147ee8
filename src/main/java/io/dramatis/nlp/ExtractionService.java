package io.dramatis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.dramatis.article.ParsedArticle;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;

/**
 * The extraction workers and the model they share. The model loads in the background from the
 * first moment of start-up (it takes a few seconds, as long as the embedded node), and the first
 * extraction waits for it.
 */
@ApplicationScoped
public class ExtractionService {

    private static final Logger LOG = Logger.getLogger(ExtractionService.class);

    private final NlpConfig config;
    private final AliasService aliases;
    private final CompletableFuture<EntityExtractor> extractor = new CompletableFuture<>();
    private final ExecutorService workers;
    private final int workerCount;
    private final Timer extractions;

    ExtractionService(NlpConfig config, AliasService aliases, MeterRegistry registry) {
        this.config = config;
        this.aliases = aliases;
        this.extractions = Timer.builder("dramatis.extraction").description("Entity extraction of one article")
                .register(registry);
        this.workerCount = config.workers().orElse(Runtime.getRuntime().availableProcessors());
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerCount, task -> {
            Thread thread = new Thread(task, "extraction-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        AliasTable table = aliases.current();
        Thread loader = new Thread(() -> {
            try {
                long began = System.nanoTime();
                extractor.complete(new EntityExtractor(Annotators.load(config.nerModel()), table));
                LOG.infof("Entity extraction ready in %d ms, %d workers", (System.nanoTime() - began) / 1_000_000,
                        workerCount);
            } catch (RuntimeException | Error e) {
                LOG.errorf(e, "Could not load the entity extraction model %s", config.nerModel());
                extractor.completeExceptionally(e);
            }
        }, "extraction-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    public int workerCount() {
        return workerCount;
    }

    public boolean failedToLoad() {
        return extractor.isCompletedExceptionally();
    }

    /** "loading", "ready" or "failed", for the health checks. */
    public String state() {
        return !extractor.isDone() ? "loading" : failedToLoad() ? "failed" : "ready";
    }

    /** Extracts on the calling thread. */
    public EntityExtractor.Extraction extract(ParsedArticle article) {
        return timed(extractor(), article);
    }

    /** Extracts a batch on the workers, in parallel; answers in the batch's order. */
    public List<EntityExtractor.Extraction> extractAll(List<ParsedArticle> articles) {
        EntityExtractor ready = extractor();
        List<Future<EntityExtractor.Extraction>> futures = new ArrayList<>(articles.size());
        for (ParsedArticle article : articles) {
            futures.add(workers.submit(() -> timed(ready, article)));
        }
        List<EntityExtractor.Extraction> results = new ArrayList<>(articles.size());
        try {
            for (Future<EntityExtractor.Extraction> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting entities", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Entity extraction failed: " + e.getCause().getMessage(), e.getCause());
        }
        return results;
    }

    /** Extracts on a worker; the future completes on that worker. */
    public CompletableFuture<EntityExtractor.Extraction> submit(ParsedArticle article) {
        return extractor.thenApplyAsync(ready -> timed(ready, article), workers);
    }

    private EntityExtractor.Extraction timed(EntityExtractor ready, ParsedArticle article) {
        return extractions.record(() -> ready.extract(article.body(), article.publishedOn(), article.dateline()));
    }

    /** Later extractions resolve names with this table. */
    public void useAliases(AliasTable table) {
        extractor().useAliases(table);
    }

    public MentionResolver resolver() {
        return extractor().resolver();
    }

    private EntityExtractor extractor() {
        try {
            return extractor.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the extraction model", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The entity extraction model could not be loaded: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
