package io.dramatis.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.dramatis.article.ArticleFormatException;
import io.dramatis.article.ArticleService;
import io.dramatis.article.ParsedArticle;
import io.dramatis.nlp.EntityExtractor;
import io.dramatis.nlp.ExtractionService;
import io.dramatis.search.IndexSchema;
import io.quarkus.runtime.StartupEvent;

/**
 * On a first start (empty database), imports the sample articles in the background, so that a new
 * user sees a search page with results without doing anything.
 */
@ApplicationScoped
public class SampleLoader {

    private static final Logger LOG = Logger.getLogger(SampleLoader.class);
    private static final int BATCH = 50;

    private final IngestConfig config;
    private final ArticleService articles;
    private final ExtractionService extraction;

    SampleLoader(IngestConfig config, ArticleService articles, ExtractionService extraction) {
        this.config = config;
        this.articles = articles;
        this.extraction = extraction;
    }

    void onStart(@Observes @Priority(IndexSchema.STARTUP_PRIORITY + 10) StartupEvent event) {
        if (!config.samples().loadOnStart() || articles.count() > 0) {
            return;
        }
        Path folder = config.samples().folder();
        if (!Files.isDirectory(folder)) {
            LOG.warnf("No sample articles to load: %s is not a folder (dramatis.ingest.samples.folder)",
                    folder.toAbsolutePath());
            return;
        }
        Thread loader = new Thread(() -> load(folder), "sample-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load(Path folder) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.warnf("Could not list the sample articles in %s: %s", folder, e.getMessage());
            return;
        }
        LOG.infof("Database is empty: importing %d sample articles from %s", files.size(), folder);
        int imported = 0;
        List<ParsedArticle> batch = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            String name = folder.relativize(file).toString();
            try {
                batch.add(articles.parser().parse(name, Files.readAllBytes(file)));
                names.add(name);
            } catch (ArticleFormatException | IOException e) {
                LOG.warnf("Skipping sample %s: %s", name, e.getMessage());
            }
            if (batch.size() == BATCH) {
                imported += store(batch, names);
            }
        }
        imported += store(batch, names);
        LOG.infof("Imported %d sample articles", imported);
    }

    private int store(List<ParsedArticle> batch, List<String> names) {
        List<EntityExtractor.Extraction> extractions = extraction.extractAll(batch);
        List<ArticleService.Offered> offered = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            offered.add(new ArticleService.Offered(batch.get(i), names.get(i), extractions.get(i)));
        }
        int stored = (int) articles.addAll(offered).stream().filter(s -> !s.duplicate()).count();
        batch.clear();
        names.clear();
        return stored;
    }
}
