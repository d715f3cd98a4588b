package atlas.protocols.choke;

/**
 * Optional view of how much of the torrent a remote peer has, for chokers that rank by it
 * (libtorrent's anti-leech seed choker). A caller's {@link ChokePeer} may also implement this;
 * chokers that use it fall back to a neutral rank for peers that do not.
 */
public interface RemoteProgress {

    /** Fraction of the torrent's pieces the remote peer has announced (BITFIELD, HAVE), 0 to 1. */
    double remoteCompletion();
}
