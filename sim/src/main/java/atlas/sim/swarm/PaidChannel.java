package atlas.sim.swarm;

import atlas.protocols.chain.PayerChannel;
import atlas.protocols.chain.RecipientChannel;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.TxId;

/**
 * One payment channel of a connection's paid direction, as both parties hold it: the payer's side
 * from the moment the opening transaction is included, the recipient's from the moment the
 * CHANNEL message reaches it (or the channel is closed). The two sides change only through the
 * messages between them, except at the close, which the simulator performs in one step (see
 * {@link Economy#settle}).
 */
final class PaidChannel {
    final TxId id;
    final long deposit;
    final PayerChannel payer;
    /** Null until the recipient has been told of the channel. */
    RecipientChannel recipient;
    /** The last update the payer signed on it, or null. */
    SignedState lastUpdate;

    PaidChannel(TxId id, long deposit, PayerChannel payer) {
        this.id = id;
        this.deposit = deposit;
        this.payer = payer;
    }
}
