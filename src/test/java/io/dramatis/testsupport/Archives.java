package io.dramatis.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip archives made in memory, including the malicious kinds an import must survive. */
public final class Archives {

    private Archives() {
    }

    /** A zip of the given entries (name to content). */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Map<String, byte[]> entries(Object... nameAndText) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            Object content = nameAndText[i + 1];
            entries.put((String) nameAndText[i], content instanceof byte[] b ? b
                    : ((String) content).getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    /**
     * A zip bomb that lies: one entry that unpacks to {@code actualSize} zero bytes while the
     * archive's directory declares it {@code declaredSize} bytes.
     */
    public static byte[] lyingBomb(String name, int actualSize, int declaredSize) {
        byte[] zip = zip(Map.of(name, new byte[actualSize]));
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                // Central directory header: uncompressed size at offset 24.
                buffer.putInt(i + 24, declaredSize);
            }
        }
        return zip;
    }
}
