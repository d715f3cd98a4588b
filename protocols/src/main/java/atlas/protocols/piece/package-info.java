/**
 * Piece selection and block requests (BEP 3): {@link atlas.protocols.piece.Bitfield} and
 * {@link atlas.protocols.piece.PieceGeometry} describe what exists, {@link
 * atlas.protocols.piece.PieceAvailability} counts who has what (libtorrent's bucketed ranking),
 * the {@link atlas.protocols.piece.PiecePicker} policies registered in {@link
 * atlas.protocols.piece.PiecePickers} choose new pieces, and {@link
 * atlas.protocols.piece.PieceDownload} turns protocol events into REQUEST and CANCEL messages
 * (pipelining, strict priority, endgame, timeouts) for the simulator and a real peer alike.
 */
package atlas.protocols.piece;
