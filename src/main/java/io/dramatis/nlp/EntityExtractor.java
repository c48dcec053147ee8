package io.dramatis.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the people, organizations, locations and dates one article mentions, each under the one
 * name that stands for its actor. Thread-safe: workers share one instance and its loaded model.
 */
public final class EntityExtractor {

    /** What one article mentions; {@code tokens} is what the model read, for throughput figures. */
    public record Extraction(int tokens, List<MentionResolver.Resolved> mentions) {
    }

    private final Annotators annotators;
    private volatile MentionResolver resolver;

    public EntityExtractor(Annotators annotators, AliasTable aliases) {
        this.annotators = annotators;
        this.resolver = new MentionResolver(aliases);
    }

    /** Later extractions use this table; mentions stored before are re-resolved by their owner. */
    public void useAliases(AliasTable aliases) {
        this.resolver = new MentionResolver(aliases);
    }

    public MentionResolver resolver() {
        return resolver;
    }

    public Extraction extract(String body, LocalDate publishedOn, String dateline) {
        String modelText = modelText(body, dateline);
        Annotators.Annotated annotated = annotators.annotate(modelText);
        List<MentionResolver.Candidate> candidates = annotated.mentions().stream()
                .map(m -> new MentionResolver.Candidate(m.type(), m.start(), m.end()))
                .toList();
        return new Extraction(annotated.tokens(), resolver.resolve(body, modelText, candidates,
                DateExtractor.extract(body, publishedOn)));
    }

    /**
     * The body as the model should read it, every character in its place: a dateline in capitals
     * ("ISLAMABAD:") in title case, which is how the model knows place names, and the '#' or '@'
     * of a hashtag or handle ("#Doha") as a space, so that the name behind it is a word.
     */
    static String modelText(String body, String dateline) {
        char[] chars = body.toCharArray();
        if (dateline != null && body.startsWith(dateline)) {
            boolean wordStart = true;
            for (int i = 0; i < dateline.length(); i++) {
                char c = chars[i];
                if (Character.isLetter(c)) {
                    chars[i] = wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c);
                    wordStart = false;
                } else {
                    wordStart = c != '\'' && c != '’';
                }
            }
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            if ((chars[i] == '#' || chars[i] == '@') && Character.isLetter(chars[i + 1])
                    && (i == 0 || !Character.isLetterOrDigit(chars[i - 1]))) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
