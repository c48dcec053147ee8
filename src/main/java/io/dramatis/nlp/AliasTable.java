package io.dramatis.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.dramatis.article.EntityType;

/**
 * Names that stand for one actor across articles: "US", "U.S.", "USA" and "America" are all the
 * United States. Keys ignore case, diacritics, full stops and a leading "the", so "u.s.",
 * "Türkiye"/"Turkiye" and "the United Nations" find their entry without being listed.
 *
 * <p>The table's text form, one actor a line (the app ships {@code nlp/aliases.tsv}; operators
 * edit their copy):
 *
 * <pre>
 * # canonical name, type, variants separated by |
 * United States	LOCATION	US|U.S.|USA|America
 * </pre>
 */
public final class AliasTable {

    public static final String DEFAULT_RESOURCE = "nlp/aliases.tsv";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\-‐–]+");

    /** One actor: its canonical name and type, and the names that stand for it. */
    public record Entry(String canonical, EntityType type, List<String> variants) {
    }

    /** What a name resolves to. */
    public record Canonical(String name, EntityType type) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byKey;

    private AliasTable(List<Entry> entries, Map<String, Entry> byKey) {
        this.entries = List.copyOf(entries);
        this.byKey = byKey;
    }

    public static AliasTable empty() {
        return new AliasTable(List.of(), Map.of());
    }

    public static AliasTable defaults() {
        try (InputStream in = AliasTable.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default alias table " + DEFAULT_RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidAliasException e) {
            throw new IllegalStateException("The default alias table is invalid: " + e.getMessage(), e);
        }
    }

    /** Reads the text form; every problem is reported with its line. */
    public static AliasTable parse(String text) throws InvalidAliasException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> byKey = new HashMap<>();
        Map<String, Integer> lineOfKey = new HashMap<>();
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 2 || fields.length > 3) {
                    throw new InvalidAliasException(lineNumber, "expected 'canonical name<TAB>TYPE<TAB>variant|variant',"
                            + " found " + fields.length + " tab-separated field" + (fields.length == 1 ? "" : "s"));
                }
                String canonical = fields[0].strip();
                if (canonical.isEmpty()) {
                    throw new InvalidAliasException(lineNumber, "the canonical name is empty");
                }
                EntityType type;
                try {
                    type = EntityType.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new InvalidAliasException(lineNumber, "the type must be PERSON, ORGANIZATION, LOCATION or"
                            + " DATE; found '" + fields[1].strip() + "'");
                }
                Set<String> variants = new LinkedHashSet<>();
                if (fields.length == 3) {
                    for (String variant : fields[2].split("\\|")) {
                        if (!variant.isBlank()) {
                            variants.add(variant.strip());
                        }
                    }
                }
                Entry entry = new Entry(canonical, type, List.copyOf(variants));
                List<String> names = new ArrayList<>(variants);
                names.add(0, canonical);
                for (String name : names) {
                    String key = key(name);
                    Integer earlier = lineOfKey.putIfAbsent(key, lineNumber);
                    if (earlier != null && earlier != lineNumber) {
                        throw new InvalidAliasException(lineNumber, "'" + name + "' is already an alias on line "
                                + earlier + "; a name can stand for one actor only");
                    }
                    byKey.put(key, entry);
                }
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AliasTable(entries, byKey);
    }

    public Optional<Canonical> lookup(String name) {
        Entry entry = byKey.get(key(name));
        return entry == null ? Optional.empty() : Optional.of(new Canonical(entry.canonical(), entry.type()));
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The table in its text form, which {@link #parse} reads back. */
    public String format() {
        StringBuilder text = new StringBuilder("# canonical name<TAB>TYPE<TAB>variants separated by |\n");
        for (Entry entry : entries) {
            text.append(entry.canonical()).append('\t').append(entry.type()).append('\t')
                    .append(String.join("|", entry.variants())).append('\n');
        }
        return text.toString();
    }

    /** Case-, diacritics- and punctuation-insensitive form of a name. */
    public static String key(String name) {
        String key = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        key = key.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'');
        key = SPACES.matcher(key).replaceAll(" ").strip();
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** An alias table that cannot be used; says on which line and why. */
    public static class InvalidAliasException extends Exception {

        private final int line;

        public InvalidAliasException(int line, String problem) {
            super("line " + line + ": " + problem);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
