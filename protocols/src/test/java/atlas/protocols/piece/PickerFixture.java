package atlas.protocols.piece;

import atlas.protocols.PolicyRegistry;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Download state drawn as strings, as libtorrent's {@code test_piece_picker.cpp}
 * {@code setup_picker("2223333", "* * *  ")}: one availability digit per piece (connected peers
 * holding it) and a have-mask ('*' = we have it). Peers named p0, p1, ... are connected so that
 * piece i is held by exactly digit(i) of them; the remote we pick from is one of those counts.
 */
final class PickerFixture {

    final RecordingSink sink = new RecordingSink();
    final PieceDownload<String> download;
    final PeerRequests<String> remote;

    private PickerFixture(Builder b) {
        int pieces = b.availability.length();
        PieceGeometry geometry = new PieceGeometry((long) pieces * b.blocksPerPiece * PieceGeometry.DEFAULT_BLOCK,
                b.blocksPerPiece * PieceGeometry.DEFAULT_BLOCK, PieceGeometry.DEFAULT_BLOCK);
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(b.seed);
        PolicyRegistry.Entry<PiecePicker> entry = PiecePickers.REGISTRY.find(b.picker).orElseThrow();
        PiecePicker picker = entry.create(b.params != null ? b.params : entry.defaults());
        download = new PieceDownload<>(geometry, mask(b.have, pieces), picker,
                new RequestSettings(b.pipelineDepth, 60_000_000L, 0, b.pipelineDepth), sink, random);
        Bitfield remoteBits = b.remote == null ? Bitfield.full(pieces) : mask(b.remote, pieces);
        int[] others = new int[pieces];
        int max = 0;
        for (int i = 0; i < pieces; i++) {
            others[i] = Character.digit(b.availability.charAt(i), 10) - (remoteBits.get(i) ? 1 : 0);
            if (others[i] < 0) {
                throw new IllegalArgumentException("remote has piece " + i + " but its availability is 0");
            }
            max = Math.max(max, others[i]);
        }
        for (int k = 0; k < max; k++) {
            Bitfield bits = new Bitfield(pieces);
            for (int i = 0; i < pieces; i++) {
                if (others[i] > k) {
                    bits.set(i);
                }
            }
            download.onPeerConnected("p" + k, bits);
        }
        remote = download.onPeerConnected("remote", remoteBits);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Parses a mask: '*' set, anything else clear; shorter masks leave the rest clear. */
    static Bitfield mask(String mask, int size) {
        Bitfield bits = new Bitfield(size);
        for (int i = 0; i < mask.length(); i++) {
            if (mask.charAt(i) == '*') {
                bits.set(i);
            }
        }
        return bits;
    }

    /** The pieces the remote gets asked for, in order, when one fill may start them all. */
    List<Integer> pickOrder() {
        download.fillPipeline(remote, 0);
        List<Integer> order = List.copyOf(sink.piecesStarted);
        sink.drain();
        return order;
    }

    /**
     * Downloads from the remote one piece at a time (request, receive, verify), so the picker sees
     * each newly held piece; returns the pieces in the order they were started.
     */
    List<Integer> downloadOrder() {
        while (download.fillPipeline(remote, 0) > 0) {
            int piece = remote.outstandingPiece(0);
            int status = PieceDownload.BLOCK_ACCEPTED;
            while (remote.outstanding() > 0) {
                status = download.onBlockReceived(remote, remote.outstandingPiece(0), remote.outstandingBlock(0), 0);
            }
            if (status != PieceDownload.PIECE_COMPLETE) {
                throw new AssertionError("piece " + piece + " did not complete");
            }
            download.onPieceVerified(piece);
        }
        List<Integer> order = List.copyOf(sink.piecesStarted);
        sink.drain();
        return order;
    }

    static final class Builder {
        private String availability;
        private String have = "";
        private String remote;
        private String picker = "rarest-first";
        private Record params;
        private int blocksPerPiece = 1;
        private int pipelineDepth = 64;
        private long seed = 1;

        Builder availability(String digits) {
            this.availability = digits;
            return this;
        }

        Builder have(String mask) {
            this.have = mask;
            return this;
        }

        /** The remote's have-mask; without one the remote is a seed. */
        Builder remote(String mask) {
            this.remote = mask;
            return this;
        }

        Builder picker(String name) {
            this.picker = name;
            return this;
        }

        Builder params(Record params) {
            this.params = params;
            return this;
        }

        Builder blocksPerPiece(int blocks) {
            this.blocksPerPiece = blocks;
            return this;
        }

        Builder pipelineDepth(int depth) {
            this.pipelineDepth = depth;
            return this;
        }

        Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        PickerFixture build() {
            return new PickerFixture(this);
        }
    }
}
