/**
 * What a BTT-paying client needs from the Tron chain, and the off-chain payment-channel logic it
 * ships. {@link atlas.protocols.chain.Chain} is the node interface (balances, submitting a
 * {@link atlas.protocols.chain.SignedTransaction}, being told through a
 * {@link atlas.protocols.chain.TransactionListener} when it is included or solidified); the
 * simulator's mock chain implements it in virtual time, and a client adapter could implement it
 * against a java-tron node. {@link atlas.protocols.chain.PayerChannel} and
 * {@link atlas.protocols.chain.RecipientChannel} hold each side's view of a channel, signing and
 * checking {@link atlas.protocols.chain.ChannelState} updates by the rules in
 * {@link atlas.protocols.chain.ChannelRules}, which the chain applies too. Signatures go through
 * {@link atlas.protocols.chain.Signer} and {@link atlas.protocols.chain.Verifier}; the JDK's Ed25519
 * is the real implementation.
 *
 * <p>Amounts are {@code long} base units (sun for TRX, 10^-6 BTT for BTT) and every sum is
 * overflow-checked. Times are microseconds on the caller's clock.
 */
package atlas.protocols.chain;
