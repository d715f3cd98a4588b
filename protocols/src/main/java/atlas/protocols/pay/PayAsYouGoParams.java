package atlas.protocols.pay;

/**
 * The two thresholds of pay as you go, in payload bytes so that they hold whatever the price:
 * the money thresholds are these bytes' value at the connection's current price.
 *
 * <p>The downloader pays its whole debt as soon as it reaches {@code paymentInterval}'s worth,
 * so the data it has received and not paid for is worth less than one interval (Filecoin
 * retrieval pays per 1 MiB interval, our default; Ethereum Swarm's SWAP pays on a money threshold).
 * The uploader serves a peer only while its unpaid amount, the next block included, stays within
 * {@code creditLimit}'s worth; like SWAP's disconnect threshold above its payment threshold (25 %
 * tolerance), the limit sits above the interval so that an honest payer is never stopped: the gap
 * must exceed a block plus the data in flight during a payment's round trip, else an honest peer
 * stalls until its payment lands. The default gap of 1 MiB covers 64 blocks of 16 KiB.
 *
 * @param paymentInterval bytes whose worth triggers a payment (1 MiB)
 * @param creditLimit bytes whose worth an uploader lets a peer owe it at most (2 MiB); above
 *     {@code paymentInterval}
 */
public record PayAsYouGoParams(long paymentInterval, long creditLimit) {

    public static final PayAsYouGoParams DEFAULTS = new PayAsYouGoParams(1L << 20, 2L << 20);

    public PayAsYouGoParams {
        if (paymentInterval < 1) {
            throw new IllegalArgumentException("paymentInterval must be at least 1 byte, got " + paymentInterval);
        }
        if (creditLimit <= paymentInterval) {
            throw new IllegalArgumentException("creditLimit must exceed paymentInterval (" + paymentInterval
                    + "), got " + creditLimit);
        }
    }
}
