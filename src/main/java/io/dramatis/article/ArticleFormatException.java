package io.dramatis.article;

/**
 * An article file that does not follow the format. Names the file (when there is one), the line
 * (when there is one) and what was expected, so that whoever sent it can fix it.
 */
public class ArticleFormatException extends Exception {

    private final String source;
    private final int line;
    private final String problem;

    public ArticleFormatException(String source, int line, String problem) {
        super(describe(source, line, problem));
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** The file's name, or null for an article sent without one. */
    public String source() {
        return source;
    }

    /** The 1-based line the problem is on, or 0 when it concerns the file as a whole. */
    public int line() {
        return line;
    }

    /** What is wrong, with the line but without the file name: {@code line 1: no 'date' header ...}. */
    public String reason() {
        return line > 0 ? "line " + line + ": " + problem : problem;
    }

    private static String describe(String source, int line, String problem) {
        String where = line > 0 ? "line " + line + ": " : "";
        return source == null ? where + problem : source + ": " + where + problem;
    }
}
