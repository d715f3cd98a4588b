package atlas.protocols.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Guards BitTorrent Speed's roles: a connection is paid only when the downloader bids and the uploader earns; the toggle stops bidding, not earning. */
class ParticipationTest {

    private static final Participation BOTH = new Participation(true, true, true);
    private static final Participation EARNS_ONLY = new Participation(true, false, true);
    private static final Participation BIDS_ONLY = new Participation(true, true, false);

    @Test
    void aConnectionIsPaidOnlyWhenTheDownloaderBidsAndTheUploaderEarns() {
        assertEquals(500, Participation.agreedPrice(BOTH, 500, BOTH));
        assertEquals(500, Participation.agreedPrice(BIDS_ONLY, 500, EARNS_ONLY));
        assertEquals(0, Participation.agreedPrice(EARNS_ONLY, 500, BOTH), "toggle off: no bidding");
        assertEquals(0, Participation.agreedPrice(BOTH, 500, BIDS_ONLY), "uploader does not earn");
        assertEquals(0, Participation.agreedPrice(Participation.NONE, 500, BOTH));
        assertEquals(0, Participation.agreedPrice(BOTH, 500, Participation.NONE));
    }

    @Test
    void aPeerOutsideTheExtensionHasNoRole() {
        assertThrows(IllegalArgumentException.class, () -> new Participation(false, true, false));
        assertThrows(IllegalArgumentException.class, () -> new Participation(false, false, true));
        assertThrows(IllegalArgumentException.class, () -> Participation.agreedPrice(BOTH, -1, BOTH));
    }
}
