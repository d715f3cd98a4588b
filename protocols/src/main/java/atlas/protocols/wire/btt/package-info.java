/**
 * The BTT Speed extension: bids and payment-channel messages between two peers, carried as a
 * BEP 10 extension. This comment is its specification, written for a client author.
 *
 * <h2>Negotiation</h2>
 * A peer that supports the extension sets the BEP 10 bit in its handshake and lists
 * {@value atlas.protocols.wire.btt.BttMessage#EXTENSION_NAME} in the {@code m} dictionary of its
 * extended handshake with the id it wants to receive these messages under. Either peer may send a
 * message once the other has announced the extension, and only after announcing it itself (a
 * message from a peer that has not is a protocol error); a peer that has not is an ordinary peer,
 * served and served by without payment.
 *
 * <h2>Encoding</h2>
 * Each message is the payload of one extended message: a bencoded dictionary whose
 * {@code msg_type} integer says which message it is (as in BEP 9's {@code ut_metadata}). All
 * integers are signed 64-bit and must lie in the ranges below; byte strings have the lengths
 * below. A receiver ignores keys it does not know and messages whose {@code msg_type} it does not
 * know (forward compatibility), and treats any other violation (bad bencoding, a missing key, a
 * value of the wrong type or out of range) as a protocol error of that connection.
 * Amounts are BTT base units (10^-6 BTT); prices are base units per MiB (2^20 bytes) of payload;
 * times are microseconds since the Unix epoch.
 *
 * <table>
 * <caption>Messages</caption>
 * <tr><th>msg_type</th><th>name, direction</th><th>keys</th></tr>
 * <tr><td>0</td><td>bid, downloader to uploader</td>
 *     <td>{@code price} in [0, 2^63): what the sender offers per MiB this peer uploads to it; 0 withdraws the bid</td></tr>
 * <tr><td>1</td><td>channel, payer to recipient</td>
 *     <td>{@code channel}: 16 bytes, the id of the on-chain transaction that opened the channel;
 *     {@code asset} in [0, 2^63): the TRC-10 token id; {@code deposit} in [1, 2^63): base units escrowed;
 *     {@code expiry} in [0, 2^63): when the payer may reclaim the deposit; {@code key}: 1-128 bytes,
 *     the payer's public key that signs updates</td></tr>
 * <tr><td>2</td><td>payment, payer to recipient</td>
 *     <td>{@code channel}; {@code seq} in [1, 2^63): the update's sequence number; {@code paid} in
 *     [1, 2^63): cumulative base units paid; {@code sig}: 1-128 bytes, the payer's signature over the state</td></tr>
 * <tr><td>3</td><td>acknowledgement, recipient to payer</td>
 *     <td>{@code channel}, {@code seq}, {@code paid} and {@code sig} of the payment acknowledged;
 *     {@code csig}: 1-128 bytes, the recipient's countersignature over the same state</td></tr>
 * <tr><td>4</td><td>price, uploader to downloader</td>
 *     <td>{@code price} in [0, 2^63): what the sender charges per MiB for the blocks it sends after
 *     this message, at most the bid it answers; {@code key}: 1-128 bytes, the sender's public key,
 *     which channels to it must name as recipient</td></tr>
 * <tr><td>5</td><td>close, payer to recipient</td>
 *     <td>{@code channel}; {@code seq} and {@code paid} in [0, 2^63): the channel's latest state (0
 *     and 0 for a channel never paid through); {@code sig}: 1-128 bytes, the payer's signature over
 *     that state's final message</td></tr>
 * <tr><td>6</td><td>leaving, uploader to downloader</td>
 *     <td>none: the sender leaves and will send no more blocks on this connection</td></tr>
 * </table>
 *
 * <h2>Semantics</h2>
 * <b>Price.</b> A bid is the downloader's offer for data from this peer, sent as soon as the peer
 * announces the extension and again whenever the downloader's price changes; the uploader may give
 * its paid upload slots to its highest bidders. The uploader answers every bid, in order, with a price
 * message: the bid if it earns, 0 if it does not. The price applies to every block the uploader
 * sends after the price message, so that both sides, reading one ordered stream, agree on the
 * price of each block. A downloader treats a price message that answers no bid of its own, or
 * asks more than the bid it answers, as a protocol error; a downloader that never bids is never
 * charged. Before its first bid is answered every block is free.
 *
 * <p><b>Channels.</b> When the downloader first owes money (a block at a price above 0 arrived)
 * it opens a channel on the chain to the key of the latest price message, with a deposit of its
 * choosing, and once a block includes the opening it announces the channel. The recipient checks
 * the channel on its own chain node, never trusting the message: it must exist and be open, name
 * the recipient's key, have been opened by the announced key, hold the recipient's asset with the
 * announced deposit and expiry, and expire late enough for the transfer and the close. A channel
 * its node does not know yet is checked again later; one still unknown after a while, or one that
 * fails a check, is a protocol error, and so may be announcing more than a few channels the
 * recipient's node does not show yet (this implementation allows 4), as they cost the sender
 * nothing. When a channel runs dry the payer opens another one.
 *
 * <p><b>Payments.</b> A payment is a cumulative channel state
 * ({@link atlas.protocols.chain.ChannelState}: channel, sequence, paid) signed by the payer over
 * {@link atlas.protocols.chain.ChannelState#updateMessage()}; because it is cumulative, a lost
 * payment is made good by the next one. A payment may follow its channel's announcement before
 * the recipient's node confirms the channel: the recipient applies it once it does. The recipient
 * accepts it by the rules of {@link atlas.protocols.chain.ChannelRules} (higher sequence, more paid,
 * within the deposit, valid signature), answers with an acknowledgement carrying its
 * countersignature over the same message, which gives the payer evidence to close the channel
 * alone, and treats a payment the rules refuse as a protocol error. When and how much to pay is
 * pay as you go ({@code atlas.protocols.pay}): the payer pays its whole debt whenever it reaches a
 * payment interval's worth, and the uploader holds (does not drop) the requests of a peer whose
 * debt, the next block included, would exceed the credit limit, and serves them once paid.
 *
 * <p><b>Close.</b> When the downloader has every piece it withdraws its bid: it sends a bid of 0
 * on every connection where its last bid was above 0, and it never bids again. The uploader
 * answers it with price 0, as it answers every bid, so every block after that price message is
 * free; blocks sent before it (endgame duplicates, requests served before the withdrawal was read)
 * still arrive, in stream order, at the price they were sent at, and are owed. So once the
 * downloader has read the answer to its last bid (no bid unanswered, price 0), every priced block
 * of that uploader has arrived: only then does it pay its whole debt on that connection and send a
 * close for each of its channels to that peer, at the channel's latest state; it sends nothing
 * more through them. Until then it keeps paying as it goes. A connection with no bid outstanding
 * and price 0 when the download completes closes its channels at once; a channel still opening
 * when the final price is read is paid through and closed as soon as it is announced. The
 * recipient countersigns the final message if the state is exactly its latest accepted one (else:
 * protocol error) and submits the cooperative close, which splits the escrow on chain; if the
 * chain refuses the submission (no TRX for the fee, say) it submits it again later, and if the
 * connection closes first it closes the channel alone on the latest payment. Two peers that both
 * have every piece keep their connection open while the downloader waits for the answer to its
 * withdrawal, while the recipient is owed money or holds a channel whose close the chain has not
 * accepted, and while the payer's channels are not yet settled on chain, for a bounded time; then
 * they disconnect.
 *
 * <p><b>Leaving.</b> A peer that leaves on purpose (its user stops it) settles before it closes its
 * connections. As a downloader it does what it does when its download completes: it withdraws its
 * bid and, on each connection, once it has read the answer to the withdrawal, pays its whole debt
 * and sends a close for each of its channels. As an uploader it stops serving (this implementation
 * chokes every peer first, so that their requests go to other peers at once) and then sends
 * leaving on every connection where it is owed money or holds a channel from that peer whose close
 * the chain has not accepted. Every block it sent came before the leaving message in the stream, so
 * the downloader that reads it knows its debt to the leaver is final: it pays the whole debt
 * (opening a channel if it must, as above) and sends a close for each of its channels to that peer,
 * exactly as after reading the answer to its withdrawal; the leaver countersigns and submits each
 * close as above. A leaver sends its withdrawal before leaving and no bid after it, and answers
 * bids that still reach it with price 0; a block after leaving is a protocol error, and the
 * silence that follows it is no fault of the leaver's. The leaver keeps its connections open while
 * it waits for the answer to its withdrawal, is owed money, holds a channel whose close the chain
 * has not accepted or has channels of its own not yet settled on chain, for at most the settle
 * timeout (this implementation's {@code SpeedSettings.settleTimeoutMicros}); then it closes them
 * all. A channel still open then is closed alone by the peer at its other end, as when a connection
 * ends abruptly. A client that does not know leaving ignores it (its {@code msg_type} is unknown to
 * it) and so falls back to that abrupt end.
 *
 * <p>{@link atlas.protocols.wire.btt.BttMessage} encodes and decodes the messages and converts the
 * payment ones to and from {@link atlas.protocols.chain.SignedState}.
 */
package atlas.protocols.wire.btt;
