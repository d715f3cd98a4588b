package atlas.analysis.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

// Guards which peers count as downloaders and how seeding durations are censored, the inputs of
// the download-time and retention charts, and that later columns (btt_paid, bid) do not break reading.
class PeerTableTest {

    /** An initial seed, a peer that left, one still seeding at the end, one that never completed. */
    private static final String PEERS = """
            id,class,initial_seed,upload_capacity_bytes_per_s,download_capacity_bytes_per_s,arrival_s,completion_s,departure_s,bytes_up,bytes_down,overhead_bytes,btt_paid,btt_earned,bid
            0,seed,true,1,1,0,,,0,0,0,,,
            1,dsl,false,1,1,10,70,100,0,0,0,1.5,0,2
            2,cable,false,1,1,20,50,,0,0,0,,,
            3,dsl,false,1,1,30,,40,0,0,0,,,
            """;

    private final PeerTable peers = PeerTable.of(CsvTable.parse("peers.csv", PEERS));

    @Test
    void downloadTimesCoverCompletedDownloadersOnly() {
        assertEquals(4, peers.size());
        assertArrayEquals(new double[] {60, 30}, peers.downloadTimes());
    }

    @Test
    void peersPresentAtTheEndAreCensoredThere() {
        PeerTable.SeedingTimes s = peers.seedingTimes(200);
        assertArrayEquals(new double[] {30, 150}, s.durations());
        assertArrayEquals(new boolean[] {false, true}, s.censored());
    }

    @Test
    void extraColumnsAreReadableByName() {
        assertTrue(peers.has("bid"));
        double[] bid = peers.column("bid");
        assertEquals(2, bid[1]);
        assertTrue(Double.isNaN(bid[2]));
        assertArrayEquals(new String[] {"seed", "dsl", "cable", "dsl"}, peers.classes());
    }

    @Test
    void aMissingRequiredColumnIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> PeerTable.of(CsvTable.parse("peers.csv", "id,class,initial_seed,arrival_s,completion_s\n")));
    }
}
