package io.dramatis.search;

import java.util.regex.Pattern;

/**
 * Turns what a reader types into Elasticsearch's simple query syntax, which never fails on
 * malformed input (an unclosed quote or a stray operator falls back to plain words). Readers
 * write {@code OR}, {@code AND} and {@code NOT} as words; the syntax wants {@code |}, {@code +}
 * and {@code -}.
 */
final class QueryText {

    private static final Pattern OR = Pattern.compile("(?<=\\s)OR(?=\\s)");
    private static final Pattern AND = Pattern.compile("(?<=\\s)AND(?=\\s)");
    private static final Pattern NOT = Pattern.compile("(^|(?<=\\s))NOT\\s+(?=\\S)");

    private QueryText() {
    }

    static String toSimpleQuerySyntax(String query) {
        String syntax = OR.matcher(query).replaceAll("|");
        syntax = AND.matcher(syntax).replaceAll("+");
        syntax = NOT.matcher(syntax).replaceAll("-");
        return SearchText.forIndex(syntax);
    }
}
