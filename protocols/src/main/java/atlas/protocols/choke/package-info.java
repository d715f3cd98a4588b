/**
 * Choking: which connected peers a local peer uploads to, and with what share. The contract is
 * {@link atlas.protocols.choke.Choker} and {@link atlas.protocols.choke.ChokePeer}; each policy is
 * one small class with its parameter record beside it, registered by name in
 * {@link atlas.protocols.choke.Chokers} ({@code LEECHER} and {@code SEED}). Package-private
 * helpers hold the per-round scratch arrays, top-k ranking and optimistic-unchoke bookkeeping the
 * policies share.
 *
 * <p>Callers must set {@link atlas.protocols.choke.ChokePeer#lastUnchokedAt()} only when a peer
 * goes from choked to unchoked: chokers call {@code unchoke} on already unchoked peers every
 * round, and the seed chokers rotate by that time.
 */
package atlas.protocols.choke;
