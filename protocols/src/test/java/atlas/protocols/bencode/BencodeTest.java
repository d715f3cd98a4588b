package atlas.protocols.bencode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decoding accepts exactly BEP 3's canonical bencoding, rejects everything else at the right offset, and encoding writes it back byte for byte. */
class BencodeTest {

    private static final BencodeLimits LIMITS = new BencodeLimits(1 << 16, 8);

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static BValue decode(String s) {
        return Bencode.decode(ascii(s), LIMITS);
    }

    @Test
    void bep3ExamplesDecodeToTheirValues() {
        assertEquals(BBytes.utf8("spam"), decode("4:spam"));
        assertEquals(BBytes.utf8(""), decode("0:"));
        assertEquals(new BInteger(3), decode("i3e"));
        assertEquals(new BInteger(-3), decode("i-3e"));
        assertEquals(new BInteger(0), decode("i0e"));
        assertEquals(BList.of(BBytes.utf8("spam"), BBytes.utf8("eggs")), decode("l4:spam4:eggse"));
        assertEquals(BDict.builder().put("cow", "moo").put("spam", "eggs").build(), decode("d3:cow3:moo4:spam4:eggse"));
        assertEquals(BDict.builder().put("spam", BList.of(BBytes.utf8("a"), BBytes.utf8("b"))).build(),
                decode("d4:spaml1:a1:bee"));
    }

    @Test
    void theWholeLongRangeDecodes() {
        assertEquals(new BInteger(Long.MAX_VALUE), decode("i9223372036854775807e"));
        assertEquals(new BInteger(Long.MIN_VALUE), decode("i-9223372036854775808e"));
    }

    @Test
    void encodingWritesKeysInRawByteOrder() {
        // 'Z' (0x5a) < 'a' (0x61) < 0xe9: a signed or case-folding comparison would get this wrong.
        BDict dict = BDict.builder().put(BBytes.of(new byte[] {(byte) 0xe9}), new BInteger(3)).put("a", 2).put("Z", 1)
                .build();
        byte[] golden = {
            'd',
            '1', ':', 'Z', 'i', '1', 'e', // "Z" -> 1
            '1', ':', 'a', 'i', '2', 'e', // "a" -> 2
            '1', ':', (byte) 0xe9, 'i', '3', 'e', // 0xe9 -> 3
            'e',
        };
        assertArrayEquals(golden, Bencode.encode(dict));
        assertEquals(dict, Bencode.decode(golden, LIMITS));
        assertEquals(golden.length, Bencode.encodedLength(dict));
    }

    @Test
    void nestedValuesRoundTrip() {
        String canonical = "d4:infod5:filesld6:lengthi-5e4:pathl1:a2:bceee4:name3:dire4:listl0:i0eee";
        byte[] in = ascii(canonical);
        assertArrayEquals(in, Bencode.encode(Bencode.decode(in, LIMITS)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "i03e|1|leading zero",
        "i-0e|1|-0",
        "i-03e|2|leading zero",
        "ie|1|expected a digit",
        "i-e|2|expected a digit",
        "i12|3|end of input",
        "i1x2e|2|expected a digit or 'e'",
        "i9223372036854775808e|1|64-bit range",
        "i-9223372036854775809e|1|64-bit range",
        "01:a|0|leading zero",
        "-1:a|0|expected 'i', 'l', 'd' or a digit, found '-'",
        "5:abc|0|only 3 remain",
        "99999999999999999999:a|0|64-bit range",
        "4spam|1|expected a digit or ':'",
        "d1:b0:1:a0:e|6|out of order",
        "d1:a0:1:a0:e|6|repeats",
        "di1e0:e|1|expected a byte-string key",
        "d1:ae|4|found 'e'",
        "l4:spam|7|expected a list element or 'e'",
        "i1ei2e|3|3 more bytes",
        "x|0|expected 'i', 'l', 'd' or a digit",
        "|0|expected a value, found end of input",
        "e|0|expected 'i', 'l', 'd' or a digit",
    })
    void malformedInputIsRejectedAtItsOffset(String input, int offset, String reason) {
        BencodeException e = assertThrows(BencodeException.class, () -> decode(input == null ? "" : input));
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void aHugeClaimedLengthFailsWithoutAllocatingIt() {
        // If the decoder allocated before checking, this would ask for 2 GiB and run out of memory.
        BencodeException e = assertThrows(BencodeException.class, () -> decode("2147483647:abc"));
        assertTrue(e.getMessage().contains("only 3 remain"), e.getMessage());
    }

    @Test
    void nestingBeyondTheDepthLimitIsRejected() {
        String eight = "l".repeat(8) + "e".repeat(8);
        assertEquals(8, depth(decode(eight)));
        BencodeException e = assertThrows(BencodeException.class, () -> decode("l".repeat(9) + "e".repeat(9)));
        assertEquals(8, e.offset());
        // Far deeper than any stack: still an orderly rejection, not a StackOverflowError.
        assertThrows(BencodeException.class, () -> decode("l".repeat(100_000)));
    }

    @Test
    void inputBeyondTheSizeLimitIsRejectedBeforeDecoding() {
        byte[] big = new byte[LIMITS.maxInputBytes() + 1];
        Arrays.fill(big, (byte) 'l');
        BencodeException e = assertThrows(BencodeException.class, () -> Bencode.decode(big, LIMITS));
        assertTrue(e.getMessage().contains("exceeds the limit"), e.getMessage());
    }

    @Test
    void aTopLevelDictionaryKeepsEachValuesRawBytes() {
        byte[] in = ascii("d8:announce3:url4:infod4:name1:xe5:otheri7ee");
        RawDict raw = Bencode.decodeDictionary(in, LIMITS);
        assertArrayEquals(ascii("d4:name1:xe"), raw.rawValue("info"));
        assertArrayEquals(ascii("3:url"), raw.rawValue("announce"));
        assertArrayEquals(ascii("i7e"), raw.rawValue("other"));
        assertNull(raw.rawValue("missing"));
        assertEquals(new BInteger(7), raw.value().get("other"));
        assertThrows(BencodeException.class, () -> Bencode.decodeDictionary(ascii("le"), LIMITS));
    }

    private static int depth(BValue v) {
        if (v instanceof BList l) {
            return 1 + l.values().stream().mapToInt(BencodeTest::depth).max().orElse(0);
        }
        return 0;
    }
}
