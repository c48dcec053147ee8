package io.dramatis.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Lists the items of a folder, recursively: each article file, each entry of each zip archive and
 * each line of each JSON Lines file ({@code .jsonl}). What cannot be imported at all is listed as
 * refused, with its reason, so that it is counted and reported; it never stops the listing.
 */
final class Expander {

    private final long maxFileSize;
    private final int maxArchiveEntries;

    Expander(long maxFileSize, int maxArchiveEntries) {
        this.maxFileSize = maxFileSize;
        this.maxArchiveEntries = maxArchiveEntries;
    }

    /** Lists {@code root} (a folder, or one file) in name order. */
    void expand(Path root, Consumer<ItemSpec> items) {
        if (Files.isRegularFile(root)) {
            expandFile(root.getFileName().toString(), root, items);
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(root.relativize(file).toString()))
                    .sorted()
                    .forEach(file -> expandFile(root.relativize(file).toString(), file, items));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + root + ": " + e.getMessage(), e);
        }
    }

    private void expandFile(String name, Path file, Consumer<ItemSpec> items) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            expandZip(name, file, items);
        } else if (lower.endsWith(".jsonl")) {
            expandJsonLines(name, file, items);
        } else {
            items.accept(ItemSpec.file(name, file.toString()));
        }
    }

    private void expandZip(String name, Path file, Consumer<ItemSpec> items) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int count = 0;
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String entryName = entry.getName();
                if (entry.isDirectory() || isHidden(entryName)) {
                    continue;
                }
                String itemName = name + "/" + entryName;
                if (++count > maxArchiveEntries) {
                    items.accept(ItemSpec.refused(name + " (entries after the " + maxArchiveEntries + "th)",
                            file.toString(), "the archive holds more than " + maxArchiveEntries
                                    + " entries; split it into smaller archives"));
                    return;
                }
                String refusal = refusal(entry);
                items.accept(refusal == null ? ItemSpec.zipEntry(itemName, file.toString(), entryName)
                        : ItemSpec.refused(itemName, file.toString(), refusal));
            }
            if (count == 0) {
                items.accept(ItemSpec.refused(name, file.toString(), "the archive holds no files"));
            }
        } catch (ZipException e) {
            items.accept(ItemSpec.refused(name, file.toString(), "not a readable zip archive (" + e.getMessage()
                    + "); expected a .zip of article files"));
        } catch (IOException e) {
            items.accept(ItemSpec.refused(name, file.toString(), "could not read the archive: " + e.getMessage()));
        }
    }

    /** Why an archive entry is not even read: an unsafe path, an archive in the archive, a size too big. */
    private String refusal(ZipEntry entry) {
        String entryName = entry.getName().replace('\\', '/');
        if (entryName.startsWith("/") || entryName.matches("^[A-Za-z]:.*")
                || ("/" + entryName + "/").contains("/../")) {
            return "unsafe path in the archive ('" + entry.getName() + "' is absolute or climbs out with ..);"
                    + " entry skipped";
        }
        String lower = entryName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip") || lower.endsWith(".jar") || lower.endsWith(".gz") || lower.endsWith(".7z")
                || lower.endsWith(".tar") || lower.endsWith(".rar")) {
            return "an archive inside the archive: nested archives are not imported; unpack it and import it on"
                    + " its own";
        }
        if (lower.endsWith(".jsonl")) {
            return "a JSON Lines file inside an archive is not imported; import the .jsonl file itself";
        }
        if (entry.getSize() > maxFileSize) {
            return "declared size " + entry.getSize() + " bytes is larger than the " + (maxFileSize / (1024 * 1024))
                    + " MiB limit for one article";
        }
        return null;
    }

    private void expandJsonLines(String name, Path file, Consumer<ItemSpec> items) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long offset = 0;
            long lineStart = 0;
            int line = 1;
            boolean blank = true;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b == -1) {
                    long length = offset - lineStart;
                    if (!blank) {
                        String itemName = name + ":" + line;
                        items.accept(length > maxFileSize
                                ? ItemSpec.refused(itemName, file.toString(), "line " + line + " is " + length
                                        + " bytes, larger than the " + (maxFileSize / (1024 * 1024))
                                        + " MiB limit for one article")
                                : ItemSpec.jsonLine(itemName, file.toString(), line, lineStart, (int) length));
                    }
                    if (b == -1) {
                        break;
                    }
                    line++;
                    offset++;
                    lineStart = offset;
                    blank = true;
                    continue;
                }
                if (b != ' ' && b != '\t' && b != '\r') {
                    blank = false;
                }
                offset++;
            }
        } catch (IOException e) {
            items.accept(ItemSpec.refused(name, file.toString(), "could not read the file: " + e.getMessage()));
        }
    }

    /** Dot files and folders, and the resource forks macOS puts into archives. */
    private static boolean isHidden(String relative) {
        for (String segment : relative.split("[/\\\\]")) {
            if ((segment.startsWith(".") && !segment.equals("..")) || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }
}
