package atlas.protocols.peer;

import atlas.protocols.chain.Chain;
import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Channels whose connection closed before they were settled, which the peer then closes alone by
 * the channel rules ({@link atlas.protocols.chain.ChannelRules}, unilateral close and settle): it
 * submits its latest evidence unless the chain already holds a state as new, and settles once
 * the challenge deadline has passed. Without it a seeder whose payer vanished would never be paid
 * what the payer signed, and a payer whose uploader vanished would have its deposit escrowed until
 * the channel expires. A cooperative close that lands meanwhile settles the channel just the same.
 *
 * <p>The chain decides every step: a channel leaves this list when the chain shows it settled, by
 * whomever. A refused or dropped transaction is tried again on a later tick. What is pending
 * lives as long as the peer: a client that stops loses it (a long-running one would persist it).
 */
final class ChannelSettler {

    /** Submits an operation under the peer's account, with a timestamp of its own. */
    interface Submitter {
        Outcome submit(Operation operation, TransactionListener listener);
    }

    private static final System.Logger LOG = System.getLogger(ChannelSettler.class.getName());

    private final Chain chain;
    private final Submitter submitter;
    private final BttSpeed.Host host;
    private final List<Pending> pending = new ArrayList<>();
    private int statesSubmitted;

    ChannelSettler(Chain chain, Submitter submitter, BttSpeed.Host host) {
        this.chain = chain;
        this.submitter = submitter;
        this.host = host;
    }

    /**
     * The connection of channel {@code id} closed: the peer settles it alone, on the strength of
     * {@code evidence} (a recipient's latest payment, signed by the payer; a payer's latest state
     * the recipient countersigned, or the opening state).
     */
    void leave(TxId id, SignedState evidence) {
        pending.add(new Pending(id, evidence));
    }

    /** Channels still waiting to be settled. */
    int pendingCount() {
        return pending.size();
    }

    /** Unilateral closes (and challenges) of this peer that a block included. */
    int statesSubmitted() {
        return statesSubmitted;
    }

    /** On the peer's thread, every tick: takes each channel one step further, as far as the chain allows. */
    void onTick() {
        long head = chain.headBlockTimeMicros();
        for (int i = pending.size() - 1; i >= 0; i--) {
            Pending p = pending.get(i);
            if (p.inFlight) {
                continue;
            }
            Optional<ChannelView> found = chain.channel(p.id);
            if (found.isEmpty()) {
                continue; // our node has not seen its opening yet
            }
            ChannelView v = found.get();
            if (v.status() == ChannelView.Status.SETTLED) {
                pending.remove(i);
            } else if (head >= v.deadlineMicros()) {
                submit(p, new Operation.SettleChannel(p.id), false);
            } else if (v.status() == ChannelView.Status.OPEN
                    || v.submitted().sequence() < p.evidence.state().sequence()) {
                submit(p, new Operation.SubmitState(p.evidence), true);
            }
        }
    }

    private void submit(Pending p, Operation operation, boolean closing) {
        Outcome outcome = submitter.submit(operation, new TransactionListener() {
            @Override
            public void onIncluded(TxId tx, long blockNumber, long blockTimeMicros) {
                host.runInLoop(() -> {
                    p.inFlight = false;
                    statesSubmitted += closing ? 1 : 0;
                });
            }

            @Override
            public void onDropped(TxId tx, Outcome reason, long nowMicros) {
                host.runInLoop(() -> p.inFlight = false);
            }
        });
        p.inFlight = outcome.isOk();
        if (!outcome.isOk() && !p.refusalLogged) {
            p.refusalLogged = true;
            LOG.log(System.Logger.Level.WARNING, "{0} channel {1} alone refused: {2}; trying again",
                    closing ? "closing" : "settling", p.id, outcome.message());
        }
    }

    private static final class Pending {
        final TxId id;
        final SignedState evidence;
        /** A transaction of ours for it waits for a block. */
        boolean inFlight;
        boolean refusalLogged;

        Pending(TxId id, SignedState evidence) {
            this.id = id;
            this.evidence = evidence;
        }
    }
}
