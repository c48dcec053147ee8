package io.dramatis.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article file in the format of {@code spec/article-format.md}:
 *
 * <pre>
 *  date 2021-01-05 Headline up to the end of the line
 *
 * ISLAMABAD: first paragraph ...
 *
 * next paragraph ...
 * </pre>
 *
 * Every way a file can be wrong is answered with an {@link ArticleFormatException} that names the
 * file, the line and what was expected.
 */
public final class ArticleParser {

    private static final Pattern HEADER = Pattern.compile("^\\s*(\\S+)(?:\\s+(\\S+))?(?:\\s+(.*))?$");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** An upper-case place name and a colon opening the first paragraph: {@code ISLAMABAD:}, {@code ST. LOUIS:}. */
    private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}[\\p{Lu}\\p{M} .'’\\-]{0,48}[\\p{Lu}.])\\s*:\\s");
    private static final String HEADER_EXAMPLE = "' date 2021-01-05 Headline of the article'";

    private final long maxBytes;

    public ArticleParser(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Rejects a file by its size alone, before anyone reads it. */
    public void checkSize(String source, long size) throws ArticleFormatException {
        if (size == 0) {
            throw new ArticleFormatException(source, 0, "the file is empty; expected a header line like "
                    + HEADER_EXAMPLE + ", a blank line, then the article's text");
        }
        if (size > maxBytes) {
            throw new ArticleFormatException(source, 0, "the file is " + humanSize(size) + ", larger than the "
                    + humanSize(maxBytes) + " limit for one article");
        }
    }

    public ParsedArticle parse(String source, byte[] bytes) throws ArticleFormatException {
        checkSize(source, bytes.length);
        String text = decode(source, bytes);
        String[] lines = LINE_BREAK.split(text, -1);

        int header = 0;
        while (header < lines.length && lines[header].isBlank()) {
            header++;
        }
        if (header == lines.length) {
            throw new ArticleFormatException(source, 0, "the file holds only blank lines; expected a header line like "
                    + HEADER_EXAMPLE + ", a blank line, then the article's text");
        }
        int headerLine = header + 1;
        Matcher matcher = HEADER.matcher(lines[header]);
        if (!matcher.matches() || !matcher.group(1).equalsIgnoreCase("date")) {
            throw new ArticleFormatException(source, headerLine, "no 'date' header: expected a first line like "
                    + HEADER_EXAMPLE + ", found '" + abbreviate(lines[header].strip()) + "'");
        }
        LocalDate publishedOn = parseDate(source, headerLine, matcher.group(2));
        String title = matcher.group(3) == null ? "" : matcher.group(3).strip();
        if (title.isEmpty()) {
            throw new ArticleFormatException(source, headerLine, "the headline is empty: expected text after the"
                    + " date, as in " + HEADER_EXAMPLE);
        }

        String body = body(lines, header + 1);
        if (body.isEmpty()) {
            throw new ArticleFormatException(source, headerLine + 1, "the body is empty: expected the article's text"
                    + " after the header line and a blank line");
        }
        return new ParsedArticle(publishedOn, title, body, dateline(body));
    }

    /**
     * An article given as fields (a line of JSON Lines): the same checks and the same
     * normalisation as a file, with problems reported on {@code line} of {@code source}.
     */
    public ParsedArticle fromFields(String source, int line, String date, String title, String body)
            throws ArticleFormatException {
        if (date == null) {
            throw new ArticleFormatException(source, line, "no \"date\": expected \"date\": \"YYYY-MM-DD\"");
        }
        LocalDate publishedOn = parseDate(source, line, date.strip().isEmpty() ? null : date.strip());
        String headline = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (headline.isEmpty()) {
            throw new ArticleFormatException(source, line, "the \"title\" is missing or empty");
        }
        String normalised = body == null ? "" : body(LINE_BREAK.split(body, -1), 0);
        if (normalised.isEmpty()) {
            throw new ArticleFormatException(source, line, "the \"body\" is missing or empty");
        }
        if ((long) normalised.length() > maxBytes) {
            throw new ArticleFormatException(source, line, "the body is larger than the " + humanSize(maxBytes)
                    + " limit for one article");
        }
        return new ParsedArticle(publishedOn, headline, normalised, dateline(normalised));
    }

    /** Paragraphs separated by exactly one blank line, no trailing whitespace, nothing around. */
    private static String body(String[] lines, int from) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.isBlank()) {
                flush(paragraph, paragraphs);
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append('\n');
                }
                paragraph.append(paragraphs.isEmpty() && paragraph.isEmpty() ? line.strip() : line);
            }
        }
        flush(paragraph, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static String dateline(String body) {
        Matcher dateline = DATELINE.matcher(body);
        return dateline.find() ? dateline.group(1).strip() : null;
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private static LocalDate parseDate(String source, int line, String token) throws ArticleFormatException {
        if (token == null) {
            throw new ArticleFormatException(source, line, "expected a date YYYY-MM-DD after 'date', found nothing");
        }
        Matcher iso = ISO_DATE.matcher(token);
        if (!iso.matches()) {
            throw new ArticleFormatException(source, line, "expected an ISO date YYYY-MM-DD after 'date', found '"
                    + abbreviate(token) + "'");
        }
        int year = Integer.parseInt(iso.group(1));
        int month = Integer.parseInt(iso.group(2));
        int day = Integer.parseInt(iso.group(3));
        if (month < 1 || month > 12) {
            throw new ArticleFormatException(source, line, "'" + token + "' is not a calendar date: there is no month "
                    + month + "; expected YYYY-MM-DD with a month from 01 to 12");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new ArticleFormatException(source, line, "'" + token + "' is not a calendar date: "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                    + yearMonth.lengthOfMonth() + " days");
        }
        return LocalDate.of(year, month, day);
    }

    private static String decode(String source, byte[] bytes) throws ArticleFormatException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ArticleFormatException(source, line, String.format(
                    "bytes that are not valid UTF-8 (0x%02X at byte %d); expected a UTF-8 text file",
                    bytes[offset] & 0xFF, offset));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        double mib = bytes / (1024.0 * 1024.0);
        return mib == Math.floor(mib) ? String.format(Locale.ROOT, "%.0f MiB", mib)
                : String.format(Locale.ROOT, "%.1f MiB", mib);
    }
}
