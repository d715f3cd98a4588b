package atlas.protocols.piece;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A bitfield keeps an exact count, scans correctly across word boundaries, and reads and writes BEP 3's BITFIELD layout. */
class BitfieldTest {

    @Test
    void wireLayoutPutsPieceZeroInTheHighBitAndZeroesSpareBits() {
        Bitfield b = new Bitfield(10);
        b.set(0);
        b.set(2);
        b.set(9);
        byte[] golden = {
            (byte) 0b1010_0000, // pieces 0-7: 0 and 2 set
            (byte) 0b0100_0000, // pieces 8-9: 9 set; the 6 spare bits zero
        };
        assertArrayEquals(golden, b.toBytes());
        assertEquals(b, Bitfield.fromBytes(golden, 10));
        assertEquals(3, Bitfield.fromBytes(golden, 10).count());
    }

    @Test
    void aFullBitfieldOnTheWireIsAllOnesThenZeroSpareBits() {
        assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0b1110_0000}, Bitfield.full(19).toBytes());
    }

    @Test
    void spareBitsOrAWrongLengthAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Bitfield.fromBytes(new byte[] {0, 0b0010_0000}, 10));
        assertThrows(IllegalArgumentException.class, () -> Bitfield.fromBytes(new byte[] {0}, 10));
        assertThrows(IllegalArgumentException.class, () -> Bitfield.fromBytes(new byte[] {0, 0, 0}, 10));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void bytesRoundTripAtAnySize(long seed) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int size = 1 + random.nextInt(300);
        Bitfield b = new Bitfield(size);
        for (int i = 0; i < size; i++) {
            if (random.nextBoolean()) {
                b.set(i);
            }
        }
        Bitfield back = Bitfield.fromBytes(b.toBytes(), size);
        assertEquals(b, back);
        assertEquals(b.count(), back.count());
    }

    @Test
    void setAndClearAreIdempotentAndKeepTheCount() {
        Bitfield b = new Bitfield(100);
        b.set(64);
        b.set(64);
        b.set(99);
        assertEquals(2, b.count());
        b.clear(64);
        b.clear(64);
        assertEquals(1, b.count());
        assertFalse(b.get(64));
        assertTrue(b.get(99));
        assertThrows(IndexOutOfBoundsException.class, () -> b.set(100));
    }

    @Test
    void scansCrossWordBoundariesAndStopAtTheSize() {
        Bitfield b = new Bitfield(130);
        b.set(3);
        b.set(64);
        b.set(129);
        assertEquals(3, b.nextSetBit(0));
        assertEquals(64, b.nextSetBit(4));
        assertEquals(129, b.nextSetBit(65));
        assertEquals(-1, b.nextSetBit(130));
        assertEquals(0, b.nextClearBit(0));
        assertEquals(65, b.nextClearBit(64));
        Bitfield full = Bitfield.full(130);
        assertEquals(130, full.count());
        assertTrue(full.isComplete());
        assertEquals(-1, full.nextClearBit(0), "spare bits of the last word are not pieces");
        full.clear(128);
        assertEquals(128, full.nextClearBit(5));
    }

    @Test
    void nextSetBitAndNotFindsWhatTheRemoteHasAndWeLack() {
        Bitfield remote = PickerFixture.mask("** *", 70);
        remote.set(69);
        Bitfield have = PickerFixture.mask("***", 70);
        assertEquals(3, remote.nextSetBitAndNot(have, 0));
        assertEquals(69, remote.nextSetBitAndNot(have, 4));
        have.set(69);
        assertEquals(-1, remote.nextSetBitAndNot(have, 4));
    }

    @Test
    void aCopyIsIndependent() {
        Bitfield b = new Bitfield(8);
        Bitfield copy = b.copy();
        copy.set(1);
        assertEquals(0, b.count());
        assertEquals(1, copy.count());
    }
}
