package io.dramatis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import io.dramatis.article.ArticleFormatException;
import io.dramatis.article.ArticleParser;
import io.dramatis.article.ParsedArticle;
import io.dramatis.nlp.AliasTable;
import io.dramatis.nlp.Annotators;
import io.dramatis.nlp.EntityExtractor;

/**
 * Entity extraction alone, on all cores, over a folder of article files: the ceiling an import of
 * the same folder is measured against. Run by {@code bench/import}.
 */
public final class ExtractionThroughput {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        ArticleParser parser = new ArticleParser(5 << 20);
        List<ParsedArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                try {
                    articles.add(parser.parse(file.toString(), Files.readAllBytes(file)));
                } catch (ArticleFormatException e) {
                    // The malformed files of the import benchmark: not extraction's business.
                }
            }
        }
        EntityExtractor extractor = new EntityExtractor(Annotators.load(Annotators.DEFAULT_NER_MODEL),
                AliasTable.defaults());
        for (ParsedArticle a : articles.subList(0, Math.min(500, articles.size()))) {
            extractor.extract(a.body(), a.publishedOn(), a.dateline());
        }
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        long began = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (ParsedArticle a : articles) {
            futures.add(pool.submit(() -> extractor.extract(a.body(), a.publishedOn(), a.dateline())));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "extraction-only: %d articles on %d cores in %.1f s: %.1f articles/s%n",
                articles.size(), cores, seconds, articles.size() / seconds);
    }
}
