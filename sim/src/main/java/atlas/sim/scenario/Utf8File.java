package atlas.sim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the text files a scenario consists of, which must be UTF-8. A leading byte order mark is
 * dropped: editors on Windows write one, and left in place it becomes part of the first key or
 * column name ("\uFEFFtime" is not "time"). Bytes that are not UTF-8 are reported with the line they
 * are on, where the JDK's decoder says only "Input length = 1".
 */
final class Utf8File {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** A file whose bytes are not UTF-8 text; the message is about the {@link #line()} of the first bad byte. */
    static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;

        private final int line;

        NotUtf8Exception(int line, int column, int value) {
            super(String.format("the file is not UTF-8 text: byte %d of this line (0x%02X) is not UTF-8;"
                    + " save the file as UTF-8", column, value));
            this.line = line;
        }

        /** The 1-based line of the first byte that is not UTF-8. */
        int line() {
            return line;
        }
    }

    private Utf8File() {
    }

    /** The file's text without a leading byte order mark; a {@link NotUtf8Exception} if it is not UTF-8. */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(bytes, in.position());
        }
        decoder.flush(out);
        out.flip();
        if (out.hasRemaining() && out.charAt(0) == BYTE_ORDER_MARK) {
            out.get();
        }
        return out.toString();
    }

    private static NotUtf8Exception notUtf8(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new NotUtf8Exception(line, offset - lineStart + 1, bytes[offset] & 0xFF);
    }
}
