package atlas.protocols.piece;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios name the pickers rarest-first, random and sequential, with mainline's defaults. */
class PiecePickersTest {

    @Test
    void registersTheThreePickersByName() {
        assertEquals(List.of("rarest-first", "random", "sequential"), List.copyOf(PiecePickers.REGISTRY.names()));
        assertEquals("piece picker", PiecePickers.REGISTRY.kind());
    }

    @Test
    void rarestFirstDefaultsToFourRandomFirstPieces() {
        var entry = PiecePickers.REGISTRY.find("rarest-first").orElseThrow();
        assertEquals(new RarestFirstPicker.Params(4), entry.defaults());
        assertInstanceOf(RarestFirstPicker.class, entry.create(new RarestFirstPicker.Params(2)));
        assertInstanceOf(RandomPicker.class, PiecePickers.REGISTRY.find("random").orElseThrow()
                .create(new RandomPicker.Params()));
        assertInstanceOf(SequentialPicker.class, PiecePickers.REGISTRY.find("sequential").orElseThrow()
                .create(new SequentialPicker.Params()));
    }

    @Test
    void negativeRandomFirstPiecesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RarestFirstPicker.Params(-1));
    }
}
