package io.dramatis.search;

/**
 * The text the index holds for a headline or a body: the original with each possessive
 * apostrophe swapped for a look-alike that ends a word, so that "Khalilzad’s" and "Taliban's"
 * are found by "Khalilzad" and "Taliban". The swap keeps every offset, and is undone on snippets.
 *
 * <p>The stripped Elasticsearch node has none of the filters that would do this in the analyzer
 * (no possessive stemmer, no pattern or mapping char filter).
 */
public final class SearchText {

    /** Stands for ' before a possessive s: a prime, which the standard tokenizer does not join. */
    private static final char ASCII_STAND_IN = '\u2032';
    /** Stands for ’ before a possessive s: a reversed prime. */
    private static final char TYPOGRAPHIC_STAND_IN = '\u2035';

    private SearchText() {
    }

    public static String forIndex(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = text.toCharArray();
        for (int i = 1; i + 1 < chars.length; i++) {
            char c = chars[i];
            if ((c == '\'' || c == '’') && Character.isLetterOrDigit(chars[i - 1])
                    && (chars[i + 1] == 's' || chars[i + 1] == 'S')
                    && (i + 2 == chars.length || !Character.isLetterOrDigit(chars[i + 2]))) {
                chars[i] = c == '\'' ? ASCII_STAND_IN : TYPOGRAPHIC_STAND_IN;
            }
        }
        return new String(chars);
    }

    public static String fromIndex(String text) {
        return text == null ? null : text.replace(ASCII_STAND_IN, '\'').replace(TYPOGRAPHIC_STAND_IN, '’');
    }
}
