package app.admired.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (the
 * usual encoding of text that is not UTF-8), and refuses empty and binary files.
 */
public final class TextDecoder {

    /** Decoded text and the charset used; {@code fallback} says the UTF-8 decode failed. */
    public record Decoded(String text, String encoding, boolean fallback) {}

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BINARY_SNIFF_BYTES = 8192;

    private TextDecoder() {}

    public static Decoded decode(byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new UnreadableInputException("empty", "the file has no text");
        }
        if (looksBinary(bytes)) {
            throw new UnreadableInputException("binary", "the file is binary, not text");
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            text = stripBom(text);
            if (text.isBlank()) {
                throw new UnreadableInputException("empty", "the file has no text");
            }
            return new Decoded(text, "UTF-8", false);
        } catch (CharacterCodingException notUtf8) {
            // Windows-1252 maps almost every byte; its five undefined bytes decode to U+FFFD.
            String text = new String(bytes, WINDOWS_1252);
            if (text.chars().filter(c -> c == '\uFFFD').count() > text.length() / 100 + 1) {
                throw new UnreadableInputException("undecodable", "the text is neither UTF-8 nor Windows-1252");
            }
            return new Decoded(text, "windows-1252", true);
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /** A NUL byte, or many control characters, in the first few kilobytes means binary data. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > n / 20;
    }
}
