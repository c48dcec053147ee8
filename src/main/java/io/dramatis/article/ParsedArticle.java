package io.dramatis.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * One article as read from its file, already normalised: line endings are {@code \n}, lines carry
 * no trailing whitespace, paragraphs are separated by exactly one blank line.
 *
 * @param dateline the place that opens the first paragraph ({@code ISLAMABAD:}), or null
 */
public record ParsedArticle(LocalDate publishedOn, String title, String body, String dateline) {

    /** The article's identity: two files with the same date, headline and body are one article. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((publishedOn + "\n" + title + "\n" + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
