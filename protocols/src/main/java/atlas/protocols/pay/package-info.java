/**
 * Pay as you go: the per-connection accounting of BitTorrent Speed's paid transfers over a
 * one-way payment channel ({@code atlas.protocols.chain}). The downloader keeps a
 * {@link atlas.protocols.pay.DownloadLedger}: data received at the agreed price accrues a debt,
 * paid through {@link atlas.protocols.chain.PayerChannel} whenever it reaches a payment interval's
 * worth. The uploader keeps an {@link atlas.protocols.pay.UploadLedger}: data sent accrues what it
 * is owed, payments come in through {@link atlas.protocols.chain.RecipientChannel}, and it stops
 * serving a peer whose unpaid amount would exceed the credit limit. The two thresholds are
 * {@link atlas.protocols.pay.PayAsYouGoParams}; {@link atlas.protocols.pay.Participation} holds a
 * peer's three flags (takes part, bids, earns) and decides whether a connection is paid at all.
 * Prices are base units per MiB and amounts base units, as in {@code atlas.protocols.bid}.
 */
package atlas.protocols.pay;
