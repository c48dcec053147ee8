package io.dramatis.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.TestCorpus;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(5 * 1024 * 1024);

    private ParsedArticle parse(String text) throws ArticleFormatException {
        return parser.parse("a.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private void assertRejected(String text, String expectedReason) {
        assertRejected(text.getBytes(StandardCharsets.UTF_8), expectedReason);
    }

    private void assertRejected(byte[] bytes, String expectedReason) {
        assertThatThrownBy(() -> parser.parse("a.txt", bytes))
                .isInstanceOf(ArticleFormatException.class)
                .satisfies(e -> {
                    ArticleFormatException error = (ArticleFormatException) e;
                    assertThat(error.reason()).contains(expectedReason);
                    assertThat(error.getMessage()).startsWith("a.txt: ");
                });
    }

    @Test
    void readsTheSeedArticle() throws ArticleFormatException {
        ParsedArticle article = parser.parse("seed.txt", TestCorpus.read(TestCorpus.SEED));

        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2021, 1, 5));
        assertThat(article.title()).isEqualTo("Peace talks begin today: Zalmay Khalilzad calls on General Qamar"
                + " Javed Bajwa ahead of Doha talks");
        assertThat(article.dateline()).isEqualTo("ISLAMABAD");
        assertThat(article.body()).startsWith("ISLAMABAD: US Special Representative");
        assertThat(article.body()).endsWith("implement commitments, iA.”");
        // Three blank lines between the first two paragraphs mean no more than one.
        assertThat(article.body()).contains("said.\n\nDuring the meeting").doesNotContain("\n\n\n");
        assertThat(article.body()).contains("“for peace to succeed.”");
    }

    @Test
    void acceptsCrLfAndAByteOrderMarkAndGivesTheSameIdentity() throws ArticleFormatException {
        ParsedArticle unix = parse(" date 2021-01-05 Headline\n\nFirst paragraph.\n\nSecond one.\n");
        byte[] withBom = "\uFEFF date 2021-01-05 Headline\r\n\r\n\r\nFirst paragraph.   \r\n\r\nSecond one.\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8);
        ParsedArticle windows = parser.parse("b.txt", withBom);

        assertThat(windows).isEqualTo(unix);
        assertThat(windows.contentHash()).isEqualTo(unix.contentHash()).hasSize(64);
        assertThat(parse(" date 2021-01-05 Headline\n\nFirst paragraph.\n\nSecond two.").contentHash())
                .isNotEqualTo(unix.contentHash());
        assertThat(parse(" date 2021-01-06 Headline\n\nFirst paragraph.\n\nSecond one.").contentHash())
                .isNotEqualTo(unix.contentHash());
    }

    @Test
    void keepsLinesWithinAParagraphAndFindsNoDatelineWithoutAColon() throws ArticleFormatException {
        ParsedArticle article = parse("date 1987-03-02 TABLE\n\nToronto, Feb 26 - Results:\n  Shr 10 cts\n  Net 5 mln\n");

        assertThat(article.body()).isEqualTo("Toronto, Feb 26 - Results:\n  Shr 10 cts\n  Net 5 mln");
        assertThat(article.dateline()).isNull();
    }

    @Test
    void findsMultiWordDatelines() throws ArticleFormatException {
        assertThat(parse("date 1987-03-02 X\n\nNEW YORK: Stocks rose.").dateline()).isEqualTo("NEW YORK");
        assertThat(parse("date 1987-03-02 X\n\nST. LOUIS: Stocks rose.").dateline()).isEqualTo("ST. LOUIS");
        assertThat(parse("date 1987-03-02 X\n\nStocks rose: a lot.").dateline()).isNull();
    }

    @Test
    void rejectsAFileWithoutAHeader() {
        assertRejected("Peace talks begin today\n\nISLAMABAD: text", "line 1: no 'date' header");
        assertRejected("\n\n  Headline only\n\nBody", "line 3: no 'date' header");
    }

    @Test
    void rejectsAHeaderWithoutADate() {
        assertRejected("date\n\nBody", "line 1: expected a date YYYY-MM-DD after 'date', found nothing");
    }

    @Test
    void rejectsDatesThatAreNotCalendarDates() {
        assertRejected("date 2021-02-30 Headline\n\nBody", "line 1: '2021-02-30' is not a calendar date: February"
                + " 2021 has 28 days");
        assertRejected("date 2021-13-01 Headline\n\nBody", "line 1: '2021-13-01' is not a calendar date: there is no"
                + " month 13");
        assertRejected("date 05/01/2021 Headline\n\nBody", "line 1: expected an ISO date YYYY-MM-DD after 'date',"
                + " found '05/01/2021'");
        assertRejected("date 2021-00-10 Headline\n\nBody", "there is no month 0");
        assertRejected("date 2021-04-00 Headline\n\nBody", "April 2021 has 30 days");
    }

    @Test
    void acceptsTheLeapDay() throws ArticleFormatException {
        assertThat(parse("date 2020-02-29 Headline\n\nBody").publishedOn()).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void rejectsAnEmptyHeadline() {
        assertRejected("date 2021-01-05\n\nBody", "line 1: the headline is empty");
        assertRejected("date 2021-01-05    \n\nBody", "line 1: the headline is empty");
    }

    @Test
    void rejectsAnEmptyBody() {
        assertRejected("date 2021-01-05 Headline\n\n\n   \n", "line 2: the body is empty");
        assertRejected("date 2021-01-05 Headline", "line 2: the body is empty");
    }

    @Test
    void rejectsBytesThatAreNotUtf8WithTheirLine() {
        byte[] latin1 = "date 2021-01-05 Headline\n\nCaf\u00e9 society\n".getBytes(StandardCharsets.ISO_8859_1);
        assertRejected(latin1, "line 3: bytes that are not valid UTF-8 (0xE9 at byte 29)");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertRejected(new byte[0], "the file is empty");
        assertRejected("  \n\n \r\n", "the file holds only blank lines");
    }

    @Test
    void rejectsAFileLargerThanTheLimit() {
        ArticleParser small = new ArticleParser(1024);
        byte[] big = ("date 2021-01-05 Headline\n\n" + "x".repeat(2000)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> small.parse("big.txt", big))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessage("big.txt: the file is 2.0 KiB, larger than the 1.0 KiB limit for one article");
        assertThatThrownBy(() -> parser.checkSize("huge.txt", 6L * 1024 * 1024))
                .hasMessage("huge.txt: the file is 6 MiB, larger than the 5 MiB limit for one article");
    }

    @Test
    void namesNoFileWhenThereIsNone() {
        assertThatThrownBy(() -> parser.parse(null, "nothing".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("line 1: no 'date' header");
    }
}
