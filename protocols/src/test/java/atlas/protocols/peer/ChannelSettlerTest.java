package atlas.protocols.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.protocols.chain.Address;
import atlas.protocols.chain.Chain;
import atlas.protocols.chain.ChannelState;
import atlas.protocols.chain.ChannelView;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.Outcome;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.TransactionListener;
import atlas.protocols.chain.TxId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A channel left by a closed connection is closed alone and settled, one step per tick as the
 * chain allows: never a state older than the chain's, a challenge when the other party submitted
 * an older one, a settle only after the deadline, a retry after a refusal or a dropped
 * transaction, and nothing more once the chain shows it settled.
 */
class ChannelSettlerTest {

    private static final TxId CHANNEL = new TxId(7, 9);
    private static final long DEADLINE = 5_000_000;

    private final ScriptedChain chain = new ScriptedChain();
    private final List<Operation> submitted = new ArrayList<>();
    private final List<TransactionListener> listeners = new ArrayList<>();
    private Outcome answer = Outcome.OK;
    private final ChannelSettler settler = new ChannelSettler(chain, (operation, listener) -> {
        if (answer.isOk()) {
            submitted.add(operation);
            listeners.add(listener);
        }
        return answer;
    }, new InlineHost());

    @Test
    void anOpenChannelIsClosedOnTheEvidenceThenSettledAfterTheDeadline() {
        SignedState evidence = payment(3, 300);
        settler.leave(CHANNEL, evidence);
        chain.view = view(ChannelState.opening(CHANNEL), ChannelView.Status.OPEN);

        settler.onTick();
        assertEquals(List.of(new Operation.SubmitState(evidence)), submitted);
        settler.onTick();
        assertEquals(1, submitted.size(), "nothing more while its transaction waits for a block");

        include(0);
        chain.view = view(evidence.state(), ChannelView.Status.CLOSING);
        settler.onTick();
        assertEquals(1, submitted.size(), "the chain holds our state: wait for the deadline");
        assertEquals(1, settler.statesSubmitted());

        chain.head = DEADLINE;
        settler.onTick();
        assertEquals(new Operation.SettleChannel(CHANNEL), submitted.get(1));
        include(1);
        chain.view = view(evidence.state(), ChannelView.Status.SETTLED);
        settler.onTick();
        assertEquals(0, settler.pendingCount());
        assertEquals(2, submitted.size());
    }

    @Test
    void anOlderStateSubmittedByTheOtherPartyIsChallenged() {
        SignedState evidence = payment(5, 500);
        settler.leave(CHANNEL, evidence);
        chain.view = view(new ChannelState(CHANNEL, 2, 200), ChannelView.Status.CLOSING);

        settler.onTick();
        assertEquals(List.of(new Operation.SubmitState(evidence)), submitted);
    }

    @Test
    void aNewerStateOnChainIsLeftAloneUntilTheDeadline() {
        settler.leave(CHANNEL, payment(5, 500));
        chain.view = view(new ChannelState(CHANNEL, 8, 800), ChannelView.Status.CLOSING);

        settler.onTick();
        assertTrue(submitted.isEmpty());
        chain.head = DEADLINE;
        settler.onTick();
        assertEquals(List.of(new Operation.SettleChannel(CHANNEL)), submitted);
    }

    @Test
    void aRefusedOrDroppedTransactionIsTriedAgain() {
        SignedState evidence = payment(1, 100);
        settler.leave(CHANNEL, evidence);
        chain.view = view(ChannelState.opening(CHANNEL), ChannelView.Status.OPEN);

        answer = Outcome.INSUFFICIENT_BANDWIDTH;
        settler.onTick();
        assertTrue(submitted.isEmpty());
        answer = Outcome.OK;
        settler.onTick();
        assertEquals(1, submitted.size());
        listeners.get(0).onDropped(null, Outcome.DEADLINE_PASSED, 0);
        settler.onTick();
        assertEquals(2, submitted.size());
        assertInstanceOf(Operation.SubmitState.class, submitted.get(1));
        assertEquals(0, settler.statesSubmitted(), "nothing was included");
    }

    @Test
    void aChannelSettledByAnyoneLeavesTheList() {
        settler.leave(CHANNEL, payment(1, 100));
        chain.view = view(new ChannelState(CHANNEL, 1, 100), ChannelView.Status.SETTLED);

        settler.onTick();
        assertEquals(0, settler.pendingCount());
        assertTrue(submitted.isEmpty());
    }

    private void include(int transaction) {
        listeners.get(transaction).onIncluded(null, 1, chain.head);
    }

    private static SignedState payment(long sequence, long paid) {
        return SignedState.byPayer(new ChannelState(CHANNEL, sequence, paid), new byte[64]);
    }

    private static ChannelView view(ChannelState submitted, ChannelView.Status status) {
        Address nobody = Address.fromPublicKey(new byte[32]);
        return new ChannelView(CHANNEL, nobody, nobody, 1_002_000, 1_000, Long.MAX_VALUE, submitted, DEADLINE, status);
    }

    /** The one channel's record and the head block's time, as the test sets them. */
    private static final class ScriptedChain implements Chain {
        ChannelView view;
        long head;

        @Override
        public long trxBalance(Address account) {
            return 0;
        }

        @Override
        public long assetBalance(Address account, long assetId) {
            return 0;
        }

        @Override
        public boolean accountExists(Address account) {
            return true;
        }

        @Override
        public Optional<ChannelView> channel(TxId id) {
            return Optional.ofNullable(view);
        }

        @Override
        public long headBlockTimeMicros() {
            return head;
        }

        @Override
        public Outcome submit(SignedTransaction transaction, TransactionListener listener) {
            throw new AssertionError("the settler submits through its submitter");
        }
    }

    /** The peer's loop, run at once: the test is its only thread. */
    private static final class InlineHost implements BttSpeed.Host {
        @Override
        public void send(PeerConnection c, atlas.protocols.wire.PeerMessage message) {
            throw new AssertionError("the settler sends no message");
        }

        @Override
        public void serve(PeerConnection c) {
            throw new AssertionError("the settler serves nothing");
        }

        @Override
        public void runInLoop(Runnable task) {
            task.run();
        }
    }
}
