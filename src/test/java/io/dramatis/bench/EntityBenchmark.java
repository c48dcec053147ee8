package io.dramatis.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import io.dramatis.article.ArticleFormatException;
import io.dramatis.article.ArticleParser;
import io.dramatis.article.EntityType;
import io.dramatis.article.ParsedArticle;
import io.dramatis.nlp.AliasTable;
import io.dramatis.nlp.Annotators;
import io.dramatis.nlp.EntityExtractor;
import io.dramatis.nlp.MentionResolver;

/**
 * Entity extraction on Reuters-21578: throughput (tokens/s and articles/s on one core, and on all
 * cores) and document-level quality against the collection's PEOPLE / ORGS / PLACES tags, for
 * Dramatis and for CoreNLP's default pipeline in the same run. Run by {@code bench/entities}.
 *
 * <p>Matching rule, per article and type: a tag's code is named through {@code codes.json}; names
 * on both sides go through the alias table (so "USA" and "U.S." meet as "United States") and
 * are compared by {@link AliasTable#key}. A person also matches on the surname alone (the gold
 * names are full names; an article may name only the surname). An organization also matches on
 * its code as an acronym ("imf" is "IMF"). Recall is the share of tags matched by some extracted
 * name; precision the share of extracted actors (names the alias table merges count once) matching some tag, over
 * the articles that carry at least one tag of that type (the tags are the story's focus, not every
 * actor it names).
 */
public final class EntityBenchmark {

    private static final Map<EntityType, String> GOLD_FIELD = Map.of(EntityType.PERSON, "people",
            EntityType.ORGANIZATION, "orgs", EntityType.LOCATION, "places");
    private static final List<EntityType> SCORED = List.of(EntityType.PERSON, EntityType.ORGANIZATION,
            EntityType.LOCATION);

    private record Article(String id, ParsedArticle parsed, Map<EntityType, Set<String>> gold) {
    }

    /** Per type: matched tags, tags, matching predictions, predictions. */
    private static final class Score {
        final Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class);

        final Map<EntityType, Map<String, Integer>> falsePositives = new EnumMap<>(EntityType.class);
        final Map<EntityType, Map<String, Integer>> misses = new EnumMap<>(EntityType.class);

        void add(EntityType type, Set<String> gold, Set<String> names, AliasTable aliases) {
            if (gold.isEmpty()) {
                return;
            }
            // One prediction per actor: names the alias table merges ("U.S.", "United States") count once.
            Map<String, String> predicted = new HashMap<>();
            names.forEach(name -> predicted.putIfAbsent(canonicalKey(name, aliases), name));
            long[] c = counts.computeIfAbsent(type, t -> new long[4]);
            for (String g : gold) {
                if (predicted.values().stream().anyMatch(p -> matches(type, p, g, aliases))) {
                    c[0]++;
                } else {
                    misses.computeIfAbsent(type, t -> new HashMap<>()).merge(g, 1, Integer::sum);
                }
            }
            c[1] += gold.size();
            for (String p : predicted.values()) {
                if (gold.stream().anyMatch(g -> matches(type, p, g, aliases))) {
                    c[2]++;
                } else {
                    falsePositives.computeIfAbsent(type, t -> new HashMap<>()).merge(p, 1, Integer::sum);
                }
            }
            c[3] += predicted.size();
        }

        double recall(EntityType type) {
            long[] c = counts.getOrDefault(type, new long[4]);
            return c[1] == 0 ? 0 : (double) c[0] / c[1];
        }

        double precision(EntityType type) {
            long[] c = counts.getOrDefault(type, new long[4]);
            return c[3] == 0 ? 0 : (double) c[2] / c[3];
        }

        long tags(EntityType type) {
            return counts.getOrDefault(type, new long[4])[1];
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/reuters21578");
        int defaultSample = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path report = args.length > 2 ? Path.of(args[2]) : null;
        if (!Files.isDirectory(corpus.resolve("articles"))) {
            System.err.println("No Reuters-21578 corpus at " + corpus.toAbsolutePath() + " (expected articles/,"
                    + " gold.jsonl, codes.json). Give its folder as the first argument.");
            System.exit(2);
        }
        AliasTable aliases = AliasTable.defaults();
        List<Article> articles = load(corpus);
        System.out.printf(Locale.ROOT, "Loaded %d articles from %s%n", articles.size(), corpus);

        long heapBefore = usedHeapAfterGc();
        EntityExtractor extractor = new EntityExtractor(Annotators.load(Annotators.DEFAULT_NER_MODEL), aliases);
        long modelHeap = usedHeapAfterGc() - heapBefore;

        // Warm up, then one core over the whole corpus.
        for (Article a : articles.subList(0, Math.min(500, articles.size()))) {
            extract(extractor, a);
        }
        Map<String, Map<EntityType, Set<String>>> ours = new HashMap<>();
        long tokens = 0;
        long began = System.nanoTime();
        for (Article a : articles) {
            EntityExtractor.Extraction extraction = extract(extractor, a);
            tokens += extraction.tokens();
            ours.put(a.id(), byType(extraction.mentions()));
        }
        double oneCoreSeconds = (System.nanoTime() - began) / 1e9;

        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        began = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (Article a : articles) {
            futures.add(pool.submit(() -> extract(extractor, a)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double allCoresSeconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();

        // CoreNLP's default pipeline, one core, on an even sample of the corpus.
        List<Article> sample = new ArrayList<>();
        int step = Math.max(1, articles.size() / defaultSample);
        for (int i = 0; i < articles.size() && sample.size() < defaultSample; i += step) {
            sample.add(articles.get(i));
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        for (Article a : sample.subList(0, Math.min(20, sample.size()))) {
            pipeline.annotate(new Annotation(a.parsed().body()));
        }
        Map<String, Map<EntityType, Set<String>>> theirs = new HashMap<>();
        long defaultTokens = 0;
        long ourSampleTokens = 0;
        began = System.nanoTime();
        for (Article a : sample) {
            Annotation annotation = new Annotation(a.parsed().body());
            pipeline.annotate(annotation);
            defaultTokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
            theirs.put(a.id(), defaultPipelineNames(annotation));
        }
        double defaultSeconds = (System.nanoTime() - began) / 1e9;
        began = System.nanoTime();
        for (Article a : sample) {
            ourSampleTokens += extract(extractor, a).tokens();
        }
        double ourSampleSeconds = (System.nanoTime() - began) / 1e9;

        Score oursAll = new Score();
        Score oursSample = new Score();
        Score theirsSample = new Score();
        for (Article a : articles) {
            for (EntityType type : SCORED) {
                oursAll.add(type, a.gold().get(type), ours.get(a.id()).getOrDefault(type, Set.of()), aliases);
            }
        }
        for (Article a : sample) {
            for (EntityType type : SCORED) {
                oursSample.add(type, a.gold().get(type), ours.get(a.id()).getOrDefault(type, Set.of()), aliases);
                theirsSample.add(type, a.gold().get(type), theirs.get(a.id()).getOrDefault(type, Set.of()), aliases);
            }
        }

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "### Throughput (%d cores, %s)%n%n", cores, System.getProperty("java.version")));
        out.append("| extractor | articles | tokens | tokens/s per core | articles/s per core |\n| --- | ---: | ---: | ---: | ---: |\n");
        out.append(row("Dramatis (tokenize, ssplit, 3-class CRF, dates), whole corpus", articles.size(), tokens,
                oneCoreSeconds));
        out.append(row("Dramatis, on the sample", sample.size(), ourSampleTokens, ourSampleSeconds));
        out.append(row("CoreNLP default `tokenize,ssplit,pos,lemma,ner`, on the sample", sample.size(),
                defaultTokens, defaultSeconds));
        out.append(String.format(Locale.ROOT, "%nDramatis on all %d cores: %,.0f tokens/s, %,.0f articles/s in all.%n",
                cores, tokens / allCoresSeconds, articles.size() / allCoresSeconds));
        out.append(String.format(Locale.ROOT, "Heap held by the loaded model (used heap after GC, after minus before"
                + " loading): %,d MB.%n%n", modelHeap / (1024 * 1024)));
        out.append(String.format(Locale.ROOT, "### Quality against the Reuters-21578 tags (document level)%n%n"));
        out.append("| type | tags | Dramatis, whole corpus P / R | Dramatis, sample P / R | CoreNLP default, sample P / R |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
        for (EntityType type : SCORED) {
            out.append(String.format(Locale.ROOT, "| %s | %,d (sample %,d) | %.3f / %.3f | %.3f / %.3f | %.3f / %.3f |%n",
                    type, oursAll.tags(type), oursSample.tags(type), oursAll.precision(type), oursAll.recall(type),
                    oursSample.precision(type), oursSample.recall(type), theirsSample.precision(type),
                    theirsSample.recall(type)));
        }
        out.append(String.format(Locale.ROOT, "%nSample: every %dth article, %d articles.%n", step, sample.size()));
        if (Boolean.getBoolean("bench.details")) {
            for (EntityType type : SCORED) {
                out.append("\nDramatis ").append(type).append(", most frequent names matching no tag: ")
                        .append(top(oursAll.falsePositives.get(type))).append("\n");
                out.append("Dramatis ").append(type).append(", most often missed tags: ")
                        .append(top(oursAll.misses.get(type))).append("\n");
                out.append("CoreNLP ").append(type).append(", most frequent names matching no tag: ")
                        .append(top(theirsSample.falsePositives.get(type))).append("\n");
            }
        }
        System.out.println();
        System.out.println(out);
        if (report != null) {
            Files.writeString(report, out.toString());
        }
    }

    private static String top(Map<String, Integer> counts) {
        if (counts == null) {
            return "";
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String row(String name, int articles, long tokens, double seconds) {
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %,.0f | %,.1f |%n", name, articles, tokens,
                tokens / seconds, articles / seconds);
    }

    private static EntityExtractor.Extraction extract(EntityExtractor extractor, Article a) {
        return extractor.extract(a.parsed().body(), a.parsed().publishedOn(), a.parsed().dateline());
    }

    private static Map<EntityType, Set<String>> byType(List<MentionResolver.Resolved> mentions) {
        Map<EntityType, Set<String>> names = new EnumMap<>(EntityType.class);
        for (MentionResolver.Resolved m : mentions) {
            names.computeIfAbsent(m.type(), t -> new HashSet<>()).add(m.name());
        }
        return names;
    }

    private static Map<EntityType, Set<String>> defaultPipelineNames(Annotation annotation) {
        Map<EntityType, Set<String>> names = new EnumMap<>(EntityType.class);
        for (CoreMap mention : annotation.get(CoreAnnotations.MentionsAnnotation.class)) {
            String tag = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            EntityType type = switch (tag == null ? "" : tag) {
                case "PERSON" -> EntityType.PERSON;
                case "ORGANIZATION" -> EntityType.ORGANIZATION;
                case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
                default -> null;
            };
            if (type != null) {
                names.computeIfAbsent(type, t -> new HashSet<>()).add(mention.get(CoreAnnotations.TextAnnotation.class));
            }
        }
        return names;
    }

    static boolean matches(EntityType type, String predicted, String gold, AliasTable aliases) {
        String p = canonicalKey(predicted, aliases);
        for (String g : gold.split("\\|")) {
            String key = canonicalKey(g, aliases);
            if (p.equals(key)) {
                return true;
            }
            if (type == EntityType.PERSON && lastToken(p).equals(lastToken(key))) {
                return true;
            }
        }
        return false;
    }

    private static String canonicalKey(String name, AliasTable aliases) {
        return AliasTable.key(aliases.lookup(name).map(AliasTable.Canonical::name).orElse(name));
    }

    private static String lastToken(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    private static List<Article> load(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode codes = json.readTree(corpus.resolve("codes.json").toFile());
        ArticleParser parser = new ArticleParser(5 << 20);
        List<Article> articles = new ArrayList<>();
        try (Stream<String> lines = Files.lines(corpus.resolve("gold.jsonl"))) {
            for (String line : (Iterable<String>) lines::iterator) {
                JsonNode row = json.readTree(line);
                String id = row.get("id").asText();
                Path file = corpus.resolve("articles").resolve(id + ".txt");
                ParsedArticle parsed;
                try {
                    parsed = parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
                } catch (ArticleFormatException e) {
                    System.err.println("Skipping " + e.getMessage());
                    continue;
                }
                Map<EntityType, Set<String>> gold = new EnumMap<>(EntityType.class);
                for (EntityType type : SCORED) {
                    Set<String> names = new HashSet<>();
                    for (JsonNode code : row.get(GOLD_FIELD.get(type))) {
                        JsonNode entry = codes.get(GOLD_FIELD.get(type)).get(code.asText());
                        String name = entry == null ? code.asText() : entry.get("name").asText();
                        // An organization is also known by its code as an acronym ("imf": IMF).
                        names.add(type == EntityType.ORGANIZATION ? name + "|" + code.asText().toUpperCase(Locale.ROOT)
                                : name);
                    }
                    gold.put(type, names);
                }
                articles.add(new Article(id, parsed, gold));
            }
        }
        return articles;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
