package io.dramatis.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void writesWordOperatorsAsTheSyntaxWantsThem() {
        assertThat(QueryText.toSimpleQuerySyntax("Taliban OR Pakistan")).isEqualTo("Taliban | Pakistan");
        assertThat(QueryText.toSimpleQuerySyntax("Taliban AND Pakistan")).isEqualTo("Taliban + Pakistan");
        assertThat(QueryText.toSimpleQuerySyntax("NOT Taliban")).isEqualTo("-Taliban");
        assertThat(QueryText.toSimpleQuerySyntax("Doha NOT Taliban")).isEqualTo("Doha -Taliban");
    }

    @Test
    void leavesLowerCaseWordsAndQuotedPhrasesAlone() {
        assertThat(QueryText.toSimpleQuerySyntax("peace or war")).isEqualTo("peace or war");
        assertThat(QueryText.toSimpleQuerySyntax("\"peace process\" Khalil*")).isEqualTo("\"peace process\" Khalil*");
        assertThat(QueryText.toSimpleQuerySyntax("OREGON")).isEqualTo("OREGON");
    }

    @Test
    void splitsPossessivesLikeTheIndexDoes() {
        assertThat(QueryText.toSimpleQuerySyntax("Bajwa's")).isEqualTo("Bajwa\u2032s");
    }
}
