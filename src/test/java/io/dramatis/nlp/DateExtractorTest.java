package io.dramatis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.TestCorpus;

class DateExtractorTest {

    private static final LocalDate TUESDAY = LocalDate.of(2021, 1, 5);

    private static List<String> values(String text, LocalDate published) {
        return DateExtractor.extract(text, published).stream().map(DateExtractor.FoundDate::value).toList();
    }

    private static List<String> spans(String text, LocalDate published) {
        return DateExtractor.extract(text, published).stream().map(d -> text.substring(d.start(), d.end())).toList();
    }

    @Test
    void resolvesTheExamplesOfTheContract() {
        assertThat(values("Leggett stressed in a statement Monday the US military", TUESDAY)).containsExactly("2021-01-04");
        assertThat(values("in violations of their February 29, 2020, agreement", TUESDAY)).containsExactly("2020-02-29");
        assertThat(values("in violation of their 2020 bilateral agreement", TUESDAY)).containsExactly("2020");
        assertThat(values("talks began in February 2020 in Doha", TUESDAY)).containsExactly("2020-02");
    }

    @Test
    void findsEveryDateOfTheSeedArticleAndNothingVague() {
        String body = TestCorpus.text(TestCorpus.SEED);
        List<String> found = values(body, TUESDAY);

        assertThat(found).containsOnly("2021-01-04", "2021-01-05", "2020", "2020-02-29");
        assertThat(spans(body, TUESDAY)).contains("Monday", "Tuesday", "February 29, 2020", "2020")
                .doesNotContain("today", "hours", "the past two months", "weeks", "the past few days");
    }

    @Test
    void readsFullDatesInTheirCommonForms() {
        LocalDate published = LocalDate.of(1987, 3, 2);
        assertThat(values("on Oct 6, 1981 and Feb. 9 1984 and 29 February 2020 and the 5th of March, 1986",
                published)).containsExactly("1981-10-06", "1984-02-09", "2020-02-29", "1986-03-05");
        assertThat(values("filed 5/14/82, amended 2021-01-04", published)).containsExactly("1982-05-14", "2021-01-04");
        assertThat(values("October, 1985 and April of 1986 and SEPTEMBER 1958", published))
                .containsExactly("1985-10", "1986-04", "1958-09");
    }

    @Test
    void putsADayWithoutAYearNearestTheArticle() {
        assertThat(values("The dividend is payable March 16 to holders of record Feb 27", LocalDate.of(1987, 3, 2)))
                .containsExactly("1987-03-16", "1987-02-27");
        assertThat(values("Sales rose in the year to December 31", LocalDate.of(1987, 1, 6)))
                .containsExactly("1986-12-31");
        assertThat(values("on February 29 the board met", LocalDate.of(2021, 1, 5))).containsExactly("2020-02-29");
    }

    @Test
    void takesAMonthAloneOnlyWhenAWordMakesItOne() {
        LocalDate published = LocalDate.of(1987, 2, 26);
        assertThat(values("Output fell in September and rose since January", published))
                .containsExactly("1986-09", "1987-01");
        assertThat(values("compared with last May and next March", published)).containsExactly("1986-05", "1987-03");
        assertThat(values("prices peaked in mid-March", published)).containsExactly("1987-03");
        assertThat(values("The talks may resume. March on, said May, the minister.", published)).isEmpty();
        assertThat(spans("Output fell in September", published)).containsExactly("September");
    }

    @Test
    void resolvesWeekdaysToThePastUnlessTheSentenceSpeaksOfTheFuture() {
        assertThat(values("Talks ended on Sunday.", TUESDAY)).containsExactly("2021-01-03");
        assertThat(values("Delegates will meet again on Friday.", TUESDAY)).containsExactly("2021-01-08");
        assertThat(values("They are due in Qatar today (Tuesday).", TUESDAY)).containsExactly("2021-01-05");
        assertThat(values("He left last Tuesday and returns next Monday.", TUESDAY))
                .containsExactly("2020-12-29", "2021-01-11");
    }

    @Test
    void readsRelativeDaysMonthsAndYears() {
        assertThat(values("Yesterday the bank said, and tomorrow it will", TUESDAY)).containsExactly("2021-01-04", "2021-01-06");
        assertThat(values("profits last year, forecasts for next year, sales this month", LocalDate.of(1987, 2, 26)))
                .containsExactly("1986", "1988", "1987-02");
    }

    @Test
    void leavesOutQuantitiesTimesAndVagueReferences() {
        LocalDate published = LocalDate.of(1987, 3, 2);
        assertThat(values("It sold 2000 tonnes at 1700 GMT, up 1,987 dlrs or 1987 pct, a year earlier", published))
                .isEmpty();
        assertThat(values("for two months, weeks ago, recently, in the future, today, tonight, the year, 1980s,"
                + " 1986/87, 1986-87, 12.1987, $1985", published)).isEmpty();
        assertThat(values("net profit in 1986 rose; 1987 earnings", published)).containsExactly("1986", "1987");
    }
}
