package io.dramatis.search;

/**
 * A Lucene regular expression for the names with a word that starts with what was typed, in any
 * case: "kha" finds "Zalmay Khalilzad" and "Khan". Every character typed is taken literally.
 */
final class NamePrefix {

    private NamePrefix() {
    }

    static String regex(String prefix) {
        StringBuilder regex = new StringBuilder("(.*[ \\-(])?");
        prefix.codePoints().forEach(c -> {
            if (Character.isLetter(c)) {
                String lower = Character.toString(Character.toLowerCase(c));
                String upper = Character.toString(Character.toUpperCase(c));
                regex.append(lower.equals(upper) ? escape(lower) : "[" + lower + upper + "]");
            } else {
                regex.append(escape(Character.toString(c)));
            }
        });
        return regex.append(".*").toString();
    }

    private static String escape(String c) {
        return Character.isLetterOrDigit(c.codePointAt(0)) || c.equals(" ") ? c : "\\" + c;
    }
}
