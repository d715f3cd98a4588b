/**
 * A real BitTorrent peer on TCP sockets (BEP 3), driving the same protocol objects as the
 * simulator: {@link atlas.protocols.piece.PieceDownload} with a registered piece picker, and a
 * registered {@link atlas.protocols.choke.Choker}. {@link atlas.protocols.peer.TorrentPeer} is the
 * public face: it opens one torrent and runs its loop on one thread, the only one that touches
 * the peer's state. The loop's parts: {@code PeerSockets} owns the {@link java.nio.channels.Selector},
 * accepts, connects, reads, writes and closes, and drops connections that time out;
 * {@code PeerProtocol} gives the handshakes and messages their BEP 3 meaning and drives the piece
 * download; {@code UploadSlots} turns the choker's decisions into CHOKE and UNCHOKE; {@code Uploader}
 * serves requested blocks, under an upload limit as {@code UploadShaper} shares it by the
 * choker's upload weights; {@code PieceBlame} decides which peer a failed piece strikes and bans.
 * {@code PeerConnection} holds one socket's buffers and protocol state;
 * {@link atlas.protocols.peer.PieceStorage} maps pieces onto the torrent's files and checks their
 * SHA-1. {@link atlas.protocols.peer.PeerSettings} bounds what a remote peer can make us hold or
 * wait for. A peer given {@link atlas.protocols.peer.SpeedSettings} also takes part in BTT Speed
 * (the extension specified in {@code atlas.protocols.wire.btt}): {@code BttSpeed} runs its
 * messages, ledgers and payment channels on the chain node the settings name, keeping each
 * connection's state in a {@code SpeedSession}, and {@link atlas.protocols.peer.SpeedStats}
 * reports its accounts.
 *
 * <p>Unlike the rest of {@code atlas.protocols}, this package does I/O; it still reads time only
 * through the {@link atlas.protocols.Clock} and randomness only through the generator it is given.
 */
package atlas.protocols.peer;
