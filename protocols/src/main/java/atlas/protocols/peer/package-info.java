/**
 * A real BitTorrent peer on TCP sockets (BEP 3), driving the same protocol objects as the
 * simulator: {@link atlas.protocols.piece.PieceDownload} with a registered piece picker, and a
 * registered {@link atlas.protocols.choke.Choker}. {@link atlas.protocols.peer.TorrentPeer} runs one
 * torrent on one thread with a {@link java.nio.channels.Selector}; {@code PeerConnection} holds one
 * socket's buffers and protocol state; {@link atlas.protocols.peer.PieceStorage} maps pieces onto the
 * torrent's files and checks their SHA-1. {@link atlas.protocols.peer.PeerSettings} bounds what a
 * remote peer can make us hold or wait for. A peer given {@link atlas.protocols.peer.SpeedSettings}
 * also takes part in BTT Speed (the extension specified in {@code atlas.protocols.wire.btt}):
 * {@code BttSpeed} runs its messages, ledgers and payment channels on the chain node the settings
 * name, keeping each connection's state in a {@code SpeedSession}, and
 * {@link atlas.protocols.peer.SpeedStats} reports its accounts.
 *
 * <p>Unlike the rest of {@code atlas.protocols}, this package does I/O; it still reads time only
 * through the {@link atlas.protocols.Clock} and randomness only through the generator it is given.
 */
package atlas.protocols.peer;
