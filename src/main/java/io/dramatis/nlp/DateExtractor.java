package io.dramatis.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar dates an article mentions and resolves each against the article's own date:
 * "Monday" in an article of Tuesday 2021-01-05 is 2021-01-04, "February 29, 2020" is 2020-02-29,
 * "their 2020 agreement" is 2020, "February 2020" is 2020-02.
 *
 * <p>What is not a calendar date is left out: durations ("two months", "the past few days"),
 * vague references ("recently", "a year earlier", "the year"), times of day, quarters, seasons
 * and decades; and "today", "tonight" and "now", which name the article's own day (that is its
 * publication date, a facet of its own). The rules, in the order they claim text:
 *
 * <ol>
 * <li>month, day and year: "February 29, 2020", "Feb. 29 2020", "29 February 2020", "5/14/82", "2021-01-04";</li>
 * <li>month and year: "February 2020", "October, 1985", "April of 1986";</li>
 * <li>month and day without a year: "March 2", "2 March"; the year that puts it nearest the article's date;</li>
 * <li>a month alone after a word that makes it one ("in May", "last September", "mid-March"); a
 *     bare "May" or "march" is a verb or a name as often as a month;</li>
 * <li>a weekday: the past one (up to 6 days back), the future one when the words before it speak of
 *     the future ("will meet on Friday"); "last"/"next" move to the one before/after the article's day;</li>
 * <li>yesterday, tomorrow; last/this/next year and month;</li>
 * <li>a year from 1900 to 2099 standing alone, unless it is a quantity ("2000 tonnes", "1700 GMT").</li>
 * </ol>
 *
 * Pure and fast: regular expressions over the text, no model.
 */
public final class DateExtractor {

    /** A date found in the text: its span and its ISO value ({@code 2020}, {@code 2020-02}, {@code 2020-02-29}). */
    public record FoundDate(int start, int end, String value) {
    }

    private static final String MONTH_NAMES = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final String MONTH = "(?<month>" + MONTH_NAMES + ")";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:1[89]|20)\\d\\d)";
    /** Not inside a longer number or word. */
    private static final String END = "(?![\\p{L}\\d])";
    private static final String START = "(?<![\\p{L}\\d])";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            START + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + END);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            START + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + END);
    private static final Pattern NUMERIC = Pattern.compile(
            START + "(?<month>1[0-2]|0?[1-9])/(?<day>[0-3]?\\d)/(?<year>\\d{4}|\\d{2})" + END);
    private static final Pattern ISO = Pattern.compile(
            START + "(?<year>(?:1[89]|20)\\d\\d)-(?<month>[01]\\d)-(?<day>[0-3]\\d)" + END);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            START + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + END);
    private static final Pattern MONTH_DAY = Pattern.compile(
            START + MONTH + "\\s+" + DAY + END + "(?!\\s*(?:,\\s*)?\\d)(?![.,]\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            START + DAY + "\\s+(?:of\\s+)?" + MONTH + END);
    private static final Pattern CUED_MONTH = Pattern.compile(
            "(?i:(?<cue>\\b(?:in|since|until|till|by|from|during|through|throughout|for|of|last|next|this|early|mid"
                    + "|late|before|after|between|and|to|end of|beginning of|start of|middle of)))[\\s-]+"
                    + MONTH + END);
    private static final Pattern WEEKDAY = Pattern.compile(
            START + "(?:(?<cue>last|next|this|Last|Next|This)\\s+)?"
                    + "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)" + END);
    private static final Pattern RELATIVE_DAY = Pattern.compile(START + "(?i:(?<word>yesterday|tomorrow))" + END);
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            START + "(?i:(?<cue>last|this|next)\\s+(?<unit>year|month))" + END + "(?!\\s+(?:ago|earlier|later))");
    private static final Pattern BARE_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d$£€.,/-])" + "(?<year>(?:19|20)\\d\\d)" + "(?![\\p{L}\\d%]|[.,/-]\\d)");
    /** A year followed by one of these is a quantity or a time of day. */
    private static final Pattern QUANTITY_AFTER = Pattern.compile(
            "^\\s*(?:[-–]\\s*)?(?i:tonnes?|tons?|shares?|dlrs?|dollars?|barrels?|bpd|pct|per|percent|mln|million|billion"
                    + "|feet|ft|metres?|meters?|miles?|km|kilometers?|kilometres?|points?|people|persons|workers|jobs"
                    + "|troops|employees|units|cars|vehicles|acres|hectares|ounces|bushels|bales|gmt|est|edt|cst|cdt"
                    + "|pst|pdt|bst|hrs|hours|local|times|yen|marks|francs|pounds|lire|crowns|rand|members|seats"
                    + "|votes|homes|words|pages|votes|degrees|kg|lbs|mw|megawatts)\\b");
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)\\b(?:will|would|shall|'ll|’ll|to be|is to|are to|due|scheduled|expected|plans?|planned|until|till"
                    + "|before|by)\\b[^.;!?]*$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DateExtractor() {
    }

    public static List<FoundDate> extract(String text, LocalDate published) {
        Claims claims = new Claims(text);
        claims.claim(MONTH_DAY_YEAR, m -> day(year(m), month(m), day(m)));
        claims.claim(DAY_MONTH_YEAR, m -> day(year(m), month(m), day(m)));
        claims.claim(ISO, m -> day(year(m), Integer.parseInt(m.group("month")), day(m)));
        claims.claim(NUMERIC, m -> day(twoOrFourDigitYear(m.group("year")), Integer.parseInt(m.group("month")), day(m)));
        claims.claim(MONTH_YEAR, m -> Optional.of(YearMonth.of(year(m), month(m)).toString()));
        claims.claim(MONTH_DAY, m -> nearestDay(published, month(m), day(m)));
        claims.claim(DAY_MONTH, m -> nearestDay(published, month(m), day(m)));
        claims.claim(CUED_MONTH, "month", m -> cuedMonth(m, published));
        claims.claim(WEEKDAY, m -> Optional.of(weekday(text, m, published).toString()));
        claims.claim(RELATIVE_DAY, m -> Optional.of((m.group("word").equalsIgnoreCase("yesterday")
                ? published.minusDays(1) : published.plusDays(1)).toString()));
        claims.claim(RELATIVE_PERIOD, m -> relativePeriod(m, published));
        claims.claim(BARE_YEAR, m -> QUANTITY_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                ? Optional.empty() : Optional.of(m.group("year")));
        claims.found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return claims.found;
    }

    /** The text's spans already taken: a later, weaker rule never re-reads part of an earlier match. */
    private static final class Claims {
        private final String text;
        private final BitSet claimed;
        private final List<FoundDate> found = new ArrayList<>();

        Claims(String text) {
            this.text = text;
            this.claimed = new BitSet(text.length());
        }

        void claim(Pattern pattern, Function<Matcher, Optional<String>> resolve) {
            claim(pattern, null, resolve);
        }

        /** Adds each match that overlaps nothing claimed; {@code spanGroup} narrows the reported span to a group. */
        void claim(Pattern pattern, String spanGroup, Function<Matcher, Optional<String>> resolve) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                if (!claimed.get(matcher.start(), matcher.end()).isEmpty()) {
                    continue;
                }
                Optional<String> value;
                try {
                    value = resolve.apply(matcher);
                } catch (DateTimeException e) {
                    value = Optional.empty();
                }
                if (value.isPresent()) {
                    claimed.set(matcher.start(), matcher.end());
                    int start = spanGroup == null ? matcher.start() : matcher.start(spanGroup);
                    found.add(new FoundDate(start, matcher.end(), value.get()));
                }
            }
        }
    }

    private static int twoOrFourDigitYear(String year) {
        int value = Integer.parseInt(year);
        return year.length() == 4 ? value : (value < 30 ? 2000 : 1900) + value;
    }

    private static Optional<String> cuedMonth(Matcher m, LocalDate published) {
        String cue = m.group("cue").toLowerCase(Locale.ROOT);
        int month = month(m);
        String name = m.group("month");
        if ((name.equals("May") || name.equals("MAY")) && !cue.equals("in") && !cue.equals("last")
                && !cue.equals("next") && !cue.equals("since") && !cue.equals("early") && !cue.equals("late")
                && !cue.equals("mid") && !cue.equals("until")) {
            // "May" after "and", "to", "for": as often the verb as the month.
            return Optional.empty();
        }
        YearMonth current = YearMonth.from(published);
        YearMonth candidate = YearMonth.of(published.getYear(), month);
        YearMonth resolved = switch (cue) {
            case "last" -> candidate.isBefore(current) ? candidate : candidate.minusYears(1);
            case "next" -> candidate.isAfter(current) ? candidate : candidate.plusYears(1);
            default -> nearest(current, candidate);
        };
        return Optional.of(resolved.toString());
    }

    private static YearMonth nearest(YearMonth current, YearMonth candidate) {
        YearMonth best = candidate;
        for (YearMonth other : List.of(candidate.minusYears(1), candidate.plusYears(1))) {
            if (Math.abs(monthsBetween(current, other)) < Math.abs(monthsBetween(current, best))) {
                best = other;
            }
        }
        return best;
    }

    private static long monthsBetween(YearMonth a, YearMonth b) {
        return (b.getYear() - a.getYear()) * 12L + b.getMonthValue() - a.getMonthValue();
    }

    private static Optional<String> nearestDay(LocalDate published, int month, int day) {
        LocalDate best = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (best == null || Math.abs(candidate.toEpochDay() - published.toEpochDay())
                        < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                    best = candidate;
                }
            } catch (DateTimeException e) {
                // February 29 of a common year: try the neighbours.
            }
        }
        return Optional.ofNullable(best).map(LocalDate::toString);
    }

    private static LocalDate weekday(String text, Matcher m, LocalDate published) {
        DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        String cue = m.group("cue") == null ? "" : m.group("cue").toLowerCase(Locale.ROOT);
        return switch (cue) {
            case "last" -> published.with(TemporalAdjusters.previous(day));
            case "next" -> published.with(TemporalAdjusters.next(day));
            default -> {
                int sentenceStart = Math.max(Math.max(text.lastIndexOf(". ", m.start()), text.lastIndexOf('\n',
                        m.start())), m.start() - 80);
                boolean future = FUTURE_CUE.matcher(text.substring(Math.max(0, sentenceStart), m.start())).find();
                yield future ? published.with(TemporalAdjusters.nextOrSame(day))
                        : published.with(TemporalAdjusters.previousOrSame(day));
            }
        };
    }

    private static Optional<String> relativePeriod(Matcher m, LocalDate published) {
        int shift = switch (m.group("cue").toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return Optional.of(m.group("unit").equalsIgnoreCase("year")
                ? String.valueOf(published.getYear() + shift)
                : YearMonth.from(published).plusMonths(shift).toString());
    }

    private static Optional<String> day(int year, int month, int day) {
        return Optional.of(LocalDate.of(year, month, day).toString());
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }

    private static int day(Matcher m) {
        return Integer.parseInt(m.group("day"));
    }

    private static int month(Matcher m) {
        String name = m.group("month").toLowerCase(Locale.ROOT).replace(".", "");
        return MONTHS.get(name.substring(0, 3));
    }
}
