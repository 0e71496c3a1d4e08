package app.admired.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String SAMPLE = "Engineers admire \u201CAda\u201D \u2013 caf\u00E9 na\u00EFve \u4E2D\u6587";

    @Test
    void validUtf8IsDecodedAsUtf8WithoutFallback() throws Exception {
        TextDecoder.Decoded decoded = TextDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(SAMPLE, decoded.text());
        assertEquals("UTF-8", decoded.encoding());
        assertFalse(decoded.fallback());
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(SAMPLE.getBytes(StandardCharsets.UTF_8));
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes.toByteArray());
        assertEquals(SAMPLE, decoded.text());
        assertFalse(decoded.text().startsWith("\uFEFF"));
        assertEquals("UTF-8", decoded.encoding());
        assertFalse(decoded.fallback());
    }

    @Test
    void windows1252BytesFallBackToWindows1252() throws Exception {
        // "She said “café” to me" in Windows-1252: 0x93/0x94 curly quotes, 0xE9 é; not valid UTF-8.
        byte[] bytes = {
            'S',
            'h',
            'e',
            ' ',
            's',
            'a',
            'i',
            'd',
            ' ',
            (byte) 0x93,
            'c',
            'a',
            'f',
            (byte) 0xE9,
            (byte) 0x94,
            ' ',
            't',
            'o',
            ' ',
            'm',
            'e'
        };
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        assertEquals("She said \u201Ccaf\u00E9\u201D to me", decoded.text());
        assertEquals("windows-1252", decoded.encoding());
        assertTrue(decoded.fallback());
    }

    @Test
    void windows1252DashAndApostrophe() throws Exception {
        byte[] bytes = {'d', 'o', 'n', (byte) 0x92, 't', ' ', (byte) 0x96, ' ', 'o', 'k'};
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        assertEquals("don\u2019t \u2013 ok", decoded.text());
        assertTrue(decoded.fallback());
    }

    @Test
    void emptyBytesAreRefusedAsEmpty() {
        UnreadableInputException e =
                assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(new byte[0]));
        assertEquals("empty", e.reason());
    }

    @Test
    void whitespaceOnlyBytesAreRefusedAsEmpty() {
        UnreadableInputException e = assertThrows(
                UnreadableInputException.class,
                () -> TextDecoder.decode(" \t\r\n \f\n  ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("empty", e.reason());
    }

    @Test
    void byteOrderMarkOnlyIsRefusedAsEmpty() {
        UnreadableInputException e = assertThrows(
                UnreadableInputException.class,
                () -> TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' '}));
        assertEquals("empty", e.reason());
    }

    @Test
    void nulByteMeansBinary() {
        byte[] bytes = "Ada Lovelace\u0000wrote notes".getBytes(StandardCharsets.UTF_8);
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(bytes));
        assertEquals("binary", e.reason());
    }

    @Test
    void binaryCheckRunsBeforeUtf8Decoding() {
        // A PNG-like header: invalid UTF-8 and a NUL; must be "binary", not decoded as Windows-1252.
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(bytes));
        assertEquals("binary", e.reason());
    }

    @Test
    void manyControlCharactersMeanBinary() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        }
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(bytes));
        assertEquals("binary", e.reason());
    }

    @Test
    void bytesUndefinedInWindows1252AreUndecodable() {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 4 == 0 ? 0x81 : 'x'); // 0x81 is undefined in Windows-1252
        }
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(bytes));
        assertEquals("undecodable", e.reason());
    }

    @Test
    void decodingDoesNotAlterAsciiText() throws Exception {
        byte[] bytes = "Line one\r\nLine two\n".getBytes(StandardCharsets.US_ASCII);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        assertArrayEquals(bytes, decoded.text().getBytes(StandardCharsets.US_ASCII));
    }
}
