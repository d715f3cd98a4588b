package atlas.protocols.piece;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One local peer's download of one torrent: which blocks to request from which connection, and
 * what to do when they arrive, are refused or time out. Driven by protocol events, so the
 * simulator and a real peer call it the same way.
 *
 * <p>Request order (mainline, as in Cohen 2003 section 2.3 and libtorrent's
 * {@code piece_picker::pick_pieces} with {@code prioritize_partials}):
 * <ol>
 * <li><b>strict priority</b>: free blocks of pieces already in progress that the remote has, so
 * pieces complete and can be shared as soon as possible;</li>
 * <li>a new piece chosen by the {@link PiecePicker} policy;</li>
 * <li><b>endgame</b>, once every block we lack is requested from someone: blocks outstanding at
 * other peers are requested from this one too (fewest requesters first), filling the pipeline
 * (mainline) or one at a time, only when this peer has nothing outstanding (libtorrent; see
 * {@link Endgame}), and when one copy arrives the others are cancelled (BEP 3's CANCEL).</li>
 * </ol>
 *
 * <p>Each piece in progress has a slot with one counter per block: free (0), outstanding at
 * {@code k} peers (k &gt; 0) or received. A piece with nothing received and nothing outstanding
 * gives its slot back and returns to the picker's pool, as libtorrent erases such a downloading
 * piece; slots are reused, so a steady download allocates nothing.
 *
 * <p>Not thread-safe: one instance per local peer and torrent, driven from one thread.
 *
 * @param <C> the caller's connection type, handed back to the {@link RequestSink}
 */
public final class PieceDownload<C> {

    /** {@link #onBlockReceived}: not wanted (piece not in progress or block already received). */
    public static final int BLOCK_UNWANTED = 0;
    /** {@link #onBlockReceived}: stored; the piece still misses blocks. */
    public static final int BLOCK_ACCEPTED = 1;
    /** {@link #onBlockReceived}: the piece's last block; verify it, then report the outcome. */
    public static final int PIECE_COMPLETE = 2;

    private static final int RECEIVED = -1;

    private final PieceGeometry geometry;
    private final int pieceCount;
    private final Bitfield have;
    private final PiecePicker picker;
    private final RequestSettings settings;
    private final RequestSink<C> sink;
    private final UniformRandomProvider random;
    private final PieceAvailability availability;
    private final PickerView view = new View();
    private final List<PeerRequests<C>> peers = new ArrayList<>();

    /** Per piece: its slot while in progress, else -1. */
    private final int[] slotOfPiece;
    private final int maxBlocks;
    // Per slot. A slot is active (its piece in progress) or on the free stack.
    private int[] slotPiece = new int[0];
    private int[] slotBlocks = new int[0];
    private int[] slotFree = new int[0];
    private int[] slotReceived = new int[0];
    /** Per slot and block: 0 free, k > 0 outstanding at k peers, or RECEIVED. */
    private int[][] blockState = new int[0][];
    private int[] activePosition = new int[0];
    /** The active slots, in the order strict priority visits them. */
    private int[] active = new int[0];
    private int activeCount;
    private int[] spare = new int[0];
    private int spareCount;
    /** Free blocks over all pieces in progress; zero with every missing piece started means endgame. */
    private int totalFree;

    /**
     * @param have   the pieces we start with (copied)
     * @param random draws the availability ranking's ties and the picker's choices
     */
    public PieceDownload(PieceGeometry geometry, Bitfield have, PiecePicker picker, RequestSettings settings,
                         RequestSink<C> sink, UniformRandomProvider random) {
        this.geometry = geometry;
        this.pieceCount = geometry.pieceCount();
        if (have.size() != pieceCount) {
            throw new IllegalArgumentException("have-bitfield of " + have.size() + " pieces, torrent has " + pieceCount);
        }
        this.have = have.copy();
        this.picker = picker;
        this.settings = settings;
        this.sink = sink;
        this.random = random;
        this.availability = new PieceAvailability(pieceCount, random);
        for (int p = have.nextSetBit(0); p >= 0; p = have.nextSetBit(p + 1)) {
            availability.onWeHave(p);
        }
        this.slotOfPiece = new int[pieceCount];
        Arrays.fill(slotOfPiece, -1);
        this.maxBlocks = geometry.maxBlocksInPiece();
    }

    /** A connection completed its handshake and sent its BITFIELD (an empty one if it sent none). */
    public PeerRequests<C> onPeerConnected(C connection, Bitfield remote) {
        if (remote.size() != pieceCount) {
            throw new IllegalArgumentException("bitfield of " + remote.size() + " pieces, torrent has " + pieceCount);
        }
        availability.onBitfield(remote);
        PeerRequests<C> peer = new PeerRequests<>(this, connection, remote, settings.pipelineDepth(), peers.size());
        peers.add(peer);
        return peer;
    }

    /**
     * The peer announced {@code piece}; the caller has already set it in {@code peer.remote()}.
     * Call once per newly set piece. {@code peer.remote()} must be our view of the remote (changed
     * only when its messages arrive), or {@link #onPeerLeft} would uncount pieces never counted.
     */
    public void onHave(PeerRequests<C> peer, int piece) {
        checkConnected(peer);
        if (!peer.countedAsSeed()) {
            availability.onHave(piece);
        }
    }

    /** The connection closed: its requests become requestable from others, its pieces uncounted. */
    public void onPeerLeft(PeerRequests<C> peer) {
        checkConnected(peer);
        dropAll(peer);
        availability.onPeerLeft(peer.remote(), peer.countedAsSeed());
        PeerRequests<C> last = peers.remove(peers.size() - 1);
        if (last != peer) {
            peers.set(peer.index, last);
            last.index = peer.index;
        }
        peer.index = -1;
    }

    /** The peer choked us: BEP 3 says it discards our requests, so they become requestable again. */
    public void onChoked(PeerRequests<C> peer) {
        checkConnected(peer);
        dropAll(peer);
    }

    /** {@link #fillPipeline(PeerRequests, long, double)} for a peer whose rate is not known: the minimum depth. */
    public int fillPipeline(PeerRequests<C> peer, long now) {
        return fillPipeline(peer, now, 0);
    }

    /**
     * Fills the connection's pipeline up to {@link RequestSettings#depth} for a peer sending
     * {@code bytesPerSecond}, calling {@link RequestSink#request} for each new block request;
     * returns how many were made. Call only while the peer unchokes us: when it unchokes us, when a
     * block from it arrives, and after its HAVEs.
     */
    public int fillPipeline(PeerRequests<C> peer, long now, double bytesPerSecond) {
        checkConnected(peer);
        int depth = settings.depth(bytesPerSecond, geometry.blockLength());
        Bitfield remote = peer.remote();
        int made = 0;
        for (int i = 0; i < activeCount && peer.outstanding() < depth; i++) {
            int slot = active[i];
            if (slotFree[slot] > 0 && remote.get(slotPiece[slot])) {
                made += requestFreeBlocks(peer, slot, depth, now);
            }
        }
        while (peer.outstanding() < depth) {
            int piece = picker.pickPiece(remote, view, random);
            if (piece < 0) {
                break;
            }
            if (have.get(piece) || !remote.get(piece) || slotOfPiece[piece] >= 0) {
                throw new IllegalStateException(picker.getClass().getSimpleName() + " picked piece " + piece
                        + ", which we have, the remote lacks or is in progress");
            }
            made += requestFreeBlocks(peer, startPiece(piece), depth, now);
        }
        if (inEndgame()) {
            if (settings.endgame() == Endgame.MAINLINE) {
                made += requestDuplicates(peer, depth, now);
            } else if (peer.outstanding() == 0) {
                made += requestDuplicates(peer, 1, now);
            }
        }
        return made;
    }

    /**
     * A block arrived from {@code peer}. It is wanted if its piece is in progress and the block not
     * yet received, even if this peer's request for it had been dropped or had expired (the data
     * is as good). Returns {@link #BLOCK_UNWANTED}, {@link #BLOCK_ACCEPTED} or
     * {@link #PIECE_COMPLETE}; then the caller checks the piece's hash and calls
     * {@link #onPieceVerified} or {@link #onPieceFailed}. A wanted block still outstanding at other
     * peers (endgame, or a re-request after a timeout) is cancelled there.
     */
    public int onBlockReceived(PeerRequests<C> peer, int piece, int block, long now) {
        checkConnected(peer);
        int slot = slotOfPiece[checkBlock(piece, block)];
        int i = peer.indexOf(piece, block);
        if (i >= 0) {
            peer.removeAt(i);
            release(slot, block);
        }
        if (slot < 0 || blockState[slot][block] == RECEIVED) {
            return BLOCK_UNWANTED;
        }
        for (int q = 0; q < peers.size() && blockState[slot][block] > 0; q++) {
            PeerRequests<C> other = peers.get(q);
            int j = other.indexOf(piece, block);
            if (j >= 0) {
                other.removeAt(j);
                release(slot, block);
                sink.cancel(other.connection(), piece, block);
            }
        }
        blockState[slot][block] = RECEIVED;
        slotFree[slot]--;
        totalFree--;
        slotReceived[slot]++;
        return slotReceived[slot] == slotBlocks[slot] ? PIECE_COMPLETE : BLOCK_ACCEPTED;
    }

    /** The completed piece's hash matched: we have it. */
    public void onPieceVerified(int piece) {
        int slot = completedSlot(piece);
        retire(slot);
        have.set(piece);
        availability.onWeHave(piece);
    }

    /** The completed piece's hash did not match: all its blocks are free again, the piece back in the pool. */
    public void onPieceFailed(int piece) {
        retire(completedSlot(piece));
    }

    /**
     * Cancels this peer's requests outstanding for at least {@link RequestSettings#requestTimeoutMicros()}
     * (sending CANCEL, as libtorrent's {@code timeout_requests}); they become requestable from
     * others. Returns how many expired.
     */
    public int expireRequests(PeerRequests<C> peer, long now) {
        checkConnected(peer);
        long timeout = settings.requestTimeoutMicros();
        int expired = 0;
        for (int i = 0; i < peer.outstanding(); ) {
            if (now - peer.requestedAt(i) < timeout) {
                i++;
                continue;
            }
            int piece = peer.outstandingPiece(i);
            int block = peer.outstandingBlock(i);
            peer.removeAt(i);
            int slot = slotOfPiece[piece];
            release(slot, block);
            retireIfIdle(slot);
            sink.cancel(peer.connection(), piece, block);
            expired++;
        }
        return expired;
    }

    public boolean isComplete() {
        return have.isComplete();
    }

    /** Whether every block we lack is requested or received: duplicates are allowed now. */
    public boolean inEndgame() {
        return totalFree == 0 && have.count() + activeCount == pieceCount && !have.isComplete();
    }

    /** Our verified pieces. Read-only for callers. */
    public Bitfield have() {
        return have;
    }

    public PieceAvailability availability() {
        return availability;
    }

    public PieceGeometry geometry() {
        return geometry;
    }

    /** The read-only view pickers see; for tests and tools that call a picker directly. */
    public PickerView pickerView() {
        return view;
    }

    /** Pieces with a slot: partly requested or received, or complete and awaiting verification. */
    public int inProgressCount() {
        return activeCount;
    }

    public boolean isInProgress(int piece) {
        return slotOfPiece[checkPiece(piece)] >= 0;
    }

    /** Connected peers that have block {@code block} of {@code piece} outstanding. */
    public int requesters(int piece, int block) {
        int slot = slotOfPiece[checkBlock(piece, block)];
        return slot < 0 ? 0 : Math.max(0, blockState[slot][block]);
    }

    /** Whether block {@code block} of {@code piece} has been received (and the piece not yet verified). */
    public boolean isReceived(int piece, int block) {
        int slot = slotOfPiece[checkBlock(piece, block)];
        return slot >= 0 && blockState[slot][block] == RECEIVED;
    }

    /**
     * Whether {@code remote} has a piece we lack (so we are interested). O(1) for empty, complete
     * or seed bitfields, else a scan of 64 pieces per step. After a HAVE for piece p, interest can
     * only turn on, and does exactly when {@code !have().get(p)}: no scan needed.
     */
    public boolean isInterestedIn(Bitfield remote) {
        if (remote.count() == 0 || have.isComplete()) {
            return false;
        }
        if (remote.isComplete() || have.count() == 0) {
            return true;
        }
        return remote.nextSetBitAndNot(have, 0) >= 0;
    }

    private int requestFreeBlocks(PeerRequests<C> peer, int slot, int depth, long now) {
        int[] state = blockState[slot];
        int made = 0;
        for (int b = 0; b < slotBlocks[slot] && slotFree[slot] > 0 && peer.outstanding() < depth; b++) {
            if (state[b] == 0) {
                request(peer, slot, b, now);
                made++;
            }
        }
        return made;
    }

    /** Endgame: blocks outstanding elsewhere but not here, fewest requesters first. */
    private int requestDuplicates(PeerRequests<C> peer, int depth, long now) {
        Bitfield remote = peer.remote();
        int made = 0;
        while (peer.outstanding() < depth) {
            int bestSlot = -1;
            int bestBlock = -1;
            int fewest = Integer.MAX_VALUE;
            for (int i = 0; i < activeCount; i++) {
                int slot = active[i];
                int piece = slotPiece[slot];
                if (!remote.get(piece)) {
                    continue;
                }
                int[] state = blockState[slot];
                for (int b = 0; b < slotBlocks[slot]; b++) {
                    if (state[b] > 0 && state[b] < fewest && peer.indexOf(piece, b) < 0) {
                        fewest = state[b];
                        bestSlot = slot;
                        bestBlock = b;
                    }
                }
            }
            if (bestSlot < 0) {
                break;
            }
            request(peer, bestSlot, bestBlock, now);
            made++;
        }
        return made;
    }

    private void request(PeerRequests<C> peer, int slot, int block, long now) {
        if (blockState[slot][block]++ == 0) {
            slotFree[slot]--;
            totalFree--;
        }
        int piece = slotPiece[slot];
        peer.add(piece, block, now);
        sink.request(peer.connection(), piece, block);
    }

    /** One request for the block is gone (received, dropped, expired or cancelled). */
    private void release(int slot, int block) {
        if (--blockState[slot][block] == 0) {
            slotFree[slot]++;
            totalFree++;
        }
    }

    private void dropAll(PeerRequests<C> peer) {
        while (peer.outstanding() > 0) {
            int last = peer.outstanding() - 1;
            int slot = slotOfPiece[peer.outstandingPiece(last)];
            release(slot, peer.outstandingBlock(last));
            peer.removeAt(last);
            retireIfIdle(slot);
        }
    }

    private int startPiece(int piece) {
        if (spareCount == 0) {
            growSlots();
        }
        int slot = spare[--spareCount];
        int blocks = geometry.blocksInPiece(piece);
        slotPiece[slot] = piece;
        slotBlocks[slot] = blocks;
        slotFree[slot] = blocks;
        slotReceived[slot] = 0;
        Arrays.fill(blockState[slot], 0, blocks, 0);
        totalFree += blocks;
        slotOfPiece[piece] = slot;
        activePosition[slot] = activeCount;
        active[activeCount++] = slot;
        return slot;
    }

    private void retireIfIdle(int slot) {
        if (slotFree[slot] == slotBlocks[slot]) {
            retire(slot);
        }
    }

    private void retire(int slot) {
        totalFree -= slotFree[slot];
        slotOfPiece[slotPiece[slot]] = -1;
        int position = activePosition[slot];
        int moved = active[--activeCount];
        active[position] = moved;
        activePosition[moved] = position;
        spare[spareCount++] = slot;
    }

    private int completedSlot(int piece) {
        int slot = slotOfPiece[checkPiece(piece)];
        if (slot < 0 || slotReceived[slot] != slotBlocks[slot]) {
            throw new IllegalStateException("piece " + piece + " has not completed");
        }
        return slot;
    }

    private void growSlots() {
        int old = slotPiece.length;
        int capacity = Math.max(4, old * 2);
        slotPiece = Arrays.copyOf(slotPiece, capacity);
        slotBlocks = Arrays.copyOf(slotBlocks, capacity);
        slotFree = Arrays.copyOf(slotFree, capacity);
        slotReceived = Arrays.copyOf(slotReceived, capacity);
        blockState = Arrays.copyOf(blockState, capacity);
        activePosition = Arrays.copyOf(activePosition, capacity);
        active = Arrays.copyOf(active, capacity);
        spare = Arrays.copyOf(spare, capacity);
        for (int slot = capacity - 1; slot >= old; slot--) {
            blockState[slot] = new int[maxBlocks];
            spare[spareCount++] = slot;
        }
    }

    private int checkPiece(int piece) {
        if (piece < 0 || piece >= pieceCount) {
            throw new IndexOutOfBoundsException("piece " + piece + " of " + pieceCount);
        }
        return piece;
    }

    /** Checks the block exists; returns the piece. */
    private int checkBlock(int piece, int block) {
        if (block < 0 || block >= geometry.blocksInPiece(checkPiece(piece))) {
            throw new IndexOutOfBoundsException("block " + block + " of piece " + piece);
        }
        return piece;
    }

    private void checkConnected(PeerRequests<C> peer) {
        if (peer.owner != this || peer.index < 0) {
            throw new IllegalStateException(peer + " is not connected to this download");
        }
    }

    private final class View implements PickerView {
        @Override
        public int pieceCount() {
            return pieceCount;
        }

        @Override
        public int haveCount() {
            return have.count();
        }

        @Override
        public int nextWanted(Bitfield remote, int from) {
            return remote.nextSetBitAndNot(have, from);
        }

        @Override
        public boolean isInProgress(int piece) {
            return slotOfPiece[piece] >= 0;
        }

        @Override
        public int rankedCount() {
            return availability.rankedCount();
        }

        @Override
        public int pieceAtRank(int rank) {
            return availability.pieceAtRank(rank);
        }

        @Override
        public int tieEnd(int rank) {
            return availability.tieEnd(rank);
        }

        @Override
        public int firstRankHeldByPeers() {
            return availability.firstRankWithPeers(1);
        }
    }
}
