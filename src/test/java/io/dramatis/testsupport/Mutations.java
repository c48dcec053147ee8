package io.dramatis.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Damaged copies of good input: bytes flipped, cut, doubled, spliced with junk. */
public final class Mutations {

    private static final String[] JUNK = {"\u0000", "\uFEFF", "\r", "\n\n", " date ", "date 2021-02-30 ", "\u2028",
            "\uD83D\uDE00", "<script>", "%", "\"", "'", "\\", "’s", "2021-13-01", "\t", "0000-00-00"};

    private Mutations() {
    }

    public static byte[] mutate(byte[] good, Random random) {
        byte[] bytes = good.clone();
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            bytes = switch (random.nextInt(6)) {
                case 0 -> flip(bytes, random);
                case 1 -> cut(bytes, random);
                case 2 -> splice(bytes, random, JUNK[random.nextInt(JUNK.length)].getBytes(StandardCharsets.UTF_8));
                case 3 -> splice(bytes, random, randomBytes(random, 1 + random.nextInt(8)));
                case 4 -> bytes.length > 0 ? java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes;
                default -> doubled(bytes);
            };
        }
        return bytes;
    }

    /** A string of printable and unprintable characters, the stuff of hostile query strings. */
    public static String text(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                text.append((char) ('a' + random.nextInt(26)));
            } else if (kind < 7) {
                text.append("\"*+-|()~\\/:&=?%#<>{}[]'’^".charAt(random.nextInt(25)));
            } else if (kind < 9) {
                text.append(JUNK[random.nextInt(JUNK.length)]);
            } else {
                text.appendCodePoint(0x80 + random.nextInt(0x2FFF));
            }
        }
        return text.toString();
    }

    private static byte[] flip(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        return bytes;
    }

    private static byte[] cut(byte[] bytes, Random random) {
        if (bytes.length < 2) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(Math.max(1, bytes.length / 4)));
        byte[] result = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(bytes, to, result, from, bytes.length - to);
        return result;
    }

    private static byte[] splice(byte[] bytes, Random random, byte[] insert) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        byte[] result = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at, result, at + insert.length, bytes.length - at);
        return result;
    }

    private static byte[] doubled(byte[] bytes) {
        byte[] result = new byte[bytes.length * 2];
        System.arraycopy(bytes, 0, result, 0, bytes.length);
        System.arraycopy(bytes, 0, result, bytes.length, bytes.length);
        return result;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
