package io.dramatis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.dramatis.article.ArticleFormatException;
import io.dramatis.article.ArticleParser;
import io.dramatis.article.ParsedArticle;

/**
 * Reads one item into an article, whatever holds it: a file, an archive entry, a JSON line.
 * Never reads more than the size limit, whatever an archive declares. Not thread-safe: one per
 * job runner (it keeps the archive it reads open).
 */
final class ItemReader implements AutoCloseable {

    /** An article and the name it is stored under (a JSON line's url or source, if it has one). */
    record Read(ParsedArticle article, String sourceName) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleParser parser;
    private String openPath;
    private ZipFile openZip;

    ItemReader(ArticleParser parser) {
        this.parser = parser;
    }

    Read read(ImportItem item) throws ArticleFormatException {
        try {
            return switch (item.getKind()) {
                case FILE -> readFile(item);
                case ZIP_ENTRY -> new Read(parser.parse(item.getName(), readEntry(item)), item.getName());
                case JSON_LINE -> readJsonLine(item);
            };
        } catch (NoSuchFileException e) {
            throw new ArticleFormatException(item.getName(), 0, "the file is gone: " + e.getMessage()
                    + " was removed after the import was started");
        } catch (IOException e) {
            throw new ArticleFormatException(item.getName(), 0, "could not read it: " + e.getMessage());
        }
    }

    private Read readFile(ImportItem item) throws IOException, ArticleFormatException {
        Path file = Path.of(item.getPath());
        parser.checkSize(item.getName(), Files.size(file));
        return new Read(parser.parse(item.getName(), Files.readAllBytes(file)), item.getName());
    }

    private byte[] readEntry(ImportItem item) throws IOException, ArticleFormatException {
        ZipFile zip = zip(item.getPath());
        ZipEntry entry = zip.getEntry(item.getEntry());
        if (entry == null) {
            throw new ArticleFormatException(item.getName(), 0, "the entry is no longer in the archive");
        }
        long limit = parser.maxBytes();
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ArticleFormatException(item.getName(), 0, "it unpacks to more than the "
                        + (limit / (1024 * 1024)) + " MiB limit for one article, though the archive declares "
                        + entry.getSize() + " bytes: a zip bomb or a damaged archive");
            }
            return bytes;
        } catch (ZipException e) {
            throw new ArticleFormatException(item.getName(), 0, "the archive entry is damaged (" + e.getMessage() + ")");
        }
    }

    private Read readJsonLine(ImportItem item) throws IOException, ArticleFormatException {
        byte[] bytes = new byte[item.getByteLength()];
        try (RandomAccessFile file = new RandomAccessFile(item.getPath(), "r")) {
            file.seek(item.getByteOffset());
            file.readFully(bytes);
        }
        String source = item.getName();
        int line = item.getLineNo();
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ArticleFormatException(source, line, "not valid JSON (" + e.getOriginalMessage()
                    + "); expected {\"date\": \"YYYY-MM-DD\", \"title\": \"...\", \"body\": \"...\"}");
        } catch (IOException e) {
            throw new ArticleFormatException(source, line, "not valid UTF-8 JSON (" + e.getMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new ArticleFormatException(source, line, "expected a JSON object {\"date\": \"YYYY-MM-DD\","
                    + " \"title\": \"...\", \"body\": \"...\"}");
        }
        ParsedArticle article = parser.fromFields(source, line, text(node, "date", source, line),
                text(node, "title", source, line), text(node, "body", source, line));
        String url = text(node, "url", source, line);
        String origin = text(node, "source", source, line);
        return new Read(article, url != null ? url : origin != null ? origin : source);
    }

    private static String text(JsonNode node, String field, String source, int line) throws ArticleFormatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ArticleFormatException(source, line, "\"" + field + "\" must be a string, found "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return value.asText();
    }

    private ZipFile zip(String path) throws IOException {
        if (!path.equals(openPath)) {
            close();
            openZip = new ZipFile(path);
            openPath = path;
        }
        return openZip;
    }

    @Override
    public void close() {
        if (openZip != null) {
            try {
                openZip.close();
            } catch (IOException e) {
                // Nothing was written through it.
            }
            openZip = null;
            openPath = null;
        }
    }
}
