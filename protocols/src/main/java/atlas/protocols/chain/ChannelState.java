package atlas.protocols.chain;

import java.nio.ByteBuffer;

/**
 * One balance of a one-way payment channel: after update {@code sequence}, the payer has paid the
 * recipient {@code paid} base units in total out of the deposit. Sequence 0 with nothing paid is
 * the opening state. The payer signs {@link #updateMessage()}; closing cooperatively needs both
 * parties' signatures over {@link #finalMessage()}, which carries a different tag so that an update
 * signature can never be replayed as consent to close.
 *
 * @param channel the id of the transaction that opened the channel
 * @param sequence strictly increasing per channel, 0 for the opening state
 * @param paid cumulative base units paid to the recipient
 */
public record ChannelState(TxId channel, long sequence, long paid) {

    /** Bytes of a signed message: tag, channel id, sequence, paid. */
    private static final int MESSAGE_BYTES = 1 + TxId.BYTES + 8 + 8;

    private static final byte UPDATE_TAG = 'U';
    private static final byte FINAL_TAG = 'F';

    /** The opening state of {@code channel}. */
    public static ChannelState opening(TxId channel) {
        return new ChannelState(channel, 0, 0);
    }

    /** The state after paying {@code amount} more; overflow-checked. */
    public ChannelState next(long amount) {
        return new ChannelState(channel, Math.addExact(sequence, 1), Math.addExact(paid, amount));
    }

    /** What the payer signs for an off-chain update (and the recipient countersigns to acknowledge it). */
    public byte[] updateMessage() {
        return message(UPDATE_TAG);
    }

    /** What both parties sign to close at this state at once. */
    public byte[] finalMessage() {
        return message(FINAL_TAG);
    }

    private byte[] message(byte tag) {
        return ByteBuffer.allocate(MESSAGE_BYTES).put(tag).putLong(channel.high()).putLong(channel.low())
                .putLong(sequence).putLong(paid).array();
    }
}
