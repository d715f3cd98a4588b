/**
 * The BTT Speed extension: bids and payment-channel messages between two peers, carried as a
 * BEP 10 extension. This comment is its specification, written for a client author.
 *
 * <h2>Negotiation</h2>
 * A peer that supports the extension sets the BEP 10 bit in its handshake and lists
 * {@value atlas.protocols.wire.btt.BttMessage#EXTENSION_NAME} in the {@code m} dictionary of its
 * extended handshake with the id it wants to receive these messages under. Either peer may send a
 * message once the other has announced the extension; a peer that has not is an ordinary peer,
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
 *     <td>{@code price} in [0, 2^63): what the sender pays per MiB this peer uploads to it; 0 withdraws the bid</td></tr>
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
 * </table>
 *
 * <h2>Semantics</h2>
 * A bid is the downloader's offer for data from this peer; the uploader may give its paid upload
 * slots to its highest bidders. A new bid applies to every block whose request the downloader
 * sends after the bid, so that both sides, reading one ordered stream, agree on the price of each
 * block. Before paying, the payer opens a channel on the chain and announces it; the recipient
 * checks the channel, deposit, expiry and key against its own chain node, never trusting the
 * message. A payment is a cumulative channel state ({@link atlas.protocols.chain.ChannelState}:
 * channel, sequence, paid) signed by the payer over
 * {@link atlas.protocols.chain.ChannelState#updateMessage()}; because it is cumulative, a lost
 * payment is made good by the next one. The recipient accepts it by the rules of
 * {@link atlas.protocols.chain.ChannelRules} (higher sequence, more paid, within the deposit,
 * valid signature) and answers with an acknowledgement carrying its countersignature over the same
 * message, which gives the payer evidence to close the channel alone. When and how much to pay is
 * pay as you go ({@code atlas.protocols.pay}): the payer pays its whole debt whenever it reaches a
 * payment interval's worth, and the uploader stops serving a peer whose debt would exceed the
 * credit limit.
 *
 * <p>{@link atlas.protocols.wire.btt.BttMessage} encodes and decodes the messages and converts the
 * payment ones to and from {@link atlas.protocols.chain.SignedState}.
 */
package atlas.protocols.wire.btt;
