package atlas.sim.chain;

import atlas.protocols.chain.Address;
import atlas.protocols.chain.ChannelState;
import atlas.protocols.chain.Operation;
import atlas.protocols.chain.SignedState;
import atlas.protocols.chain.SignedTransaction;
import atlas.protocols.chain.Signer;
import atlas.protocols.chain.Transaction;
import atlas.protocols.chain.TxId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A seeded stream of transactions among a fixed set of keys, honest and hostile mixed: transfers
 * with bad amounts, to oneself, to new accounts, of unknown assets, beyond balances; channels
 * opened, updated off chain, closed cooperatively or alone with stale, forged, inflated or
 * over-deposit states, settled early, twice, or by strangers. Every address it pays is in
 * {@link #everyone()}, so summing their balances and the open escrows counts all the money.
 */
final class HostileTraffic {

    private final UniformRandomProvider random;
    private final List<Signer> users;
    private final List<Signer> everyone = new ArrayList<>();
    private final long assetId;
    private final List<Channel> channels = new ArrayList<>();
    private final Predicate<TxId> live;
    private long timestamp;

    /** A channel some transaction tried to open, with the states its payer signed so far. */
    private record Channel(TxId id, Signer payer, Signer recipient, long deposit, List<ChannelState> signed) {
    }

    /**
     * @param live whether a channel is open on chain and not settled: calls go mostly to those,
     *     sometimes to refused, pending or settled ones
     */
    HostileTraffic(UniformRandomProvider random, List<Signer> users, List<Signer> outsiders, long assetId,
            Predicate<TxId> live) {
        this.random = random;
        this.live = live;
        this.users = users;
        this.everyone.addAll(users);
        this.everyone.addAll(outsiders);
        this.assetId = assetId;
    }

    List<Signer> everyone() {
        return everyone;
    }

    /** Ids of every channel an open was attempted for. */
    List<TxId> channelIds() {
        return channels.stream().map(Channel::id).toList();
    }

    /** The next transaction, built at time {@code now} and signed by its owner. */
    SignedTransaction next(long now) {
        Signer from = users.get(random.nextInt(users.size()));
        int kind = random.nextInt(9);
        if (kind >= 3) {
            Channel channel = pickChannel();
            if (channel != null) {
                return channelCall(channel, now);
            }
            kind = 2;
        }
        Operation op = switch (kind) {
            case 0 -> new Operation.TransferTrx(someone(from), amount(2_000_000));
            case 1 -> new Operation.TransferAsset(someone(from), random.nextInt(8) == 0 ? assetId + 1 : assetId,
                    amount(400_000));
            default -> new Operation.OpenChannel(everyone.get(random.nextInt(everyone.size())).publicKey(), assetId,
                    amount(300_000), now + random.nextLong(600_000_000L) - 10_000_000L);
        };
        SignedTransaction signed = sign(from, op, now);
        if (op instanceof Operation.OpenChannel open) {
            Signer to = everyone.stream().filter(s -> Arrays.equals(s.publicKey(), open.recipientKey())).findFirst()
                    .orElseThrow();
            channels.add(new Channel(signed.id(), from, to, open.deposit(), new ArrayList<>()));
        }
        return signed;
    }

    /** Mostly a live channel; sometimes any channel ever tried; null when a live one is wanted but none is. */
    private Channel pickChannel() {
        if (random.nextInt(8) > 0) {
            List<Channel> open = channels.stream().filter(c -> live.test(c.id)).toList();
            return open.isEmpty() ? null : open.get(random.nextInt(open.size()));
        }
        return channels.isEmpty() ? null : channels.get(random.nextInt(channels.size()));
    }

    private SignedTransaction channelCall(Channel channel, long now) {
        // The payer signs more states off chain now and then, sometimes beyond the deposit (a
        // refused open may have left a silly one: bound the step all the same).
        long step = Math.min(Math.max(channel.deposit, 1), 1_000_000) / 3 + 2;
        while (channel.signed.isEmpty() || random.nextInt(3) == 0) {
            ChannelState last = channel.signed.isEmpty() ? ChannelState.opening(channel.id)
                    : channel.signed.get(channel.signed.size() - 1);
            channel.signed.add(last.next(random.nextLong(step)));
        }
        ChannelState state = channel.signed.get(random.nextInt(channel.signed.size()));
        Signer owner = random.nextInt(10) == 0 ? users.get(random.nextInt(users.size()))
                : random.nextBoolean() ? channel.payer : channel.recipient;
        int kind = random.nextInt(7);
        Operation op = switch (kind) {
            case 0 -> new Operation.SettleChannel(channel.id);
            case 1 -> new Operation.CloseChannel(finalState(channel, state));
            case 2 -> new Operation.SubmitState(forged(channel, state));
            case 3 -> new Operation.SubmitState(SignedState.byPayer(state, channel.payer.sign(state.updateMessage())));
            default -> {
                SignedState signed = SignedState.byPayer(state, channel.payer.sign(state.updateMessage()));
                yield new Operation.SubmitState(signed.countersigned(channel.recipient.sign(state.updateMessage())));
            }
        };
        return sign(owner, op, now);
    }

    private SignedState finalState(Channel channel, ChannelState state) {
        byte[] message = state.finalMessage();
        Signer payerSide = random.nextInt(8) == 0 ? randomUser() : channel.payer;
        return SignedState.byPayer(state, payerSide.sign(message)).countersigned(channel.recipient.sign(message));
    }

    /** A state the payer did not sign as it stands: inflated after signing, or signed by another key. */
    private SignedState forged(Channel channel, ChannelState state) {
        if (random.nextBoolean()) {
            SignedState honest = SignedState.byPayer(state, channel.payer.sign(state.updateMessage()));
            ChannelState inflated = new ChannelState(state.channel(), state.sequence(), state.paid() + 1);
            return new SignedState(inflated, honest.payerSignature(), honest.recipientSignature());
        }
        return SignedState.byPayer(state, randomUser().sign(state.updateMessage()));
    }

    private Signer randomUser() {
        return users.get(random.nextInt(users.size()));
    }

    private Address someone(Signer from) {
        return random.nextInt(12) == 0 ? from.address() : everyone.get(random.nextInt(everyone.size())).address();
    }

    /** Mostly small positive amounts; sometimes zero, negative, or far beyond any balance. */
    private long amount(long typical) {
        return switch (random.nextInt(12)) {
            case 0 -> 0;
            case 1 -> -1 - random.nextLong(typical);
            case 2 -> Long.MAX_VALUE - random.nextLong(typical);
            default -> 1 + random.nextLong(typical);
        };
    }

    SignedTransaction sign(Signer owner, Operation op, long now) {
        Transaction tx = new Transaction(owner.address(), op, now + timestamp++, now + 60_000_000L);
        return SignedTransaction.sign(tx, owner);
    }
}
