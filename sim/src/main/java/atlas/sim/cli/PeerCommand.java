package atlas.sim.cli;

import atlas.protocols.peer.PeerSettings;
import atlas.protocols.peer.PeerStats;
import atlas.protocols.peer.PieceStorage;
import atlas.protocols.peer.TorrentPeer;
import atlas.protocols.wire.Metainfo;
import atlas.protocols.wire.TorrentBuilder;
import atlas.sim.scenario.Quantities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.rng.simple.RandomSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code atlas peer seed|download|make-torrent}: a real BitTorrent peer ({@link TorrentPeer}) on
 * TCP, with the protocol module's default picker and chokers and an optional upload limit,
 * connecting directly to peers (no tracker). The commands only parse options and delegate. A peer
 * stopped by the user (Ctrl-C) or done downloading leaves gracefully ({@link TorrentPeer#leave}):
 * with BTT Speed it would settle its channels with each remote before it disconnects.
 */
@Command(name = "peer", mixinStandardHelpOptions = true,
        description = "A real BitTorrent peer: seed or download a v1 torrent over TCP, or make a torrent.",
        subcommands = {PeerCommand.Seed.class, PeerCommand.Download.class, PeerCommand.MakeTorrent.class})
final class PeerCommand implements Callable<Integer> {

    /**
     * How long a stopping process waits for its peer to leave. The peer's own bound is its settle
     * timeout, with BTT Speed only (these commands speak the plain protocol and leave at once);
     * this one guards against a loop that does not end at all, a disk that hangs say.
     */
    static final long LEAVE_WAIT_SECONDS = 60;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command: seed, download or make-torrent");
    }

    /** The torrent file, read and validated; a bad one is the user's input, exit code 2. */
    static Metainfo readTorrent(Path file) {
        try {
            return Metainfo.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static TorrentPeer open(Metainfo torrent, Path dir, PeerSettings settings) {
        try {
            return TorrentPeer.open(torrent, dir, settings, TorrentPeer.systemClock(),
                    RandomSource.XO_RO_SHI_RO_128_PP.create());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the torrent's files below " + dir, e);
        }
    }

    static int listen(TorrentPeer peer, int port) {
        try {
            return peer.listen(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    /**
     * On Ctrl-C the peer leaves gracefully, and the process waits for its loop to end, at most
     * {@link #LEAVE_WAIT_SECONDS}; returns the hook, registered.
     */
    static Thread leaveOnShutdown(TorrentPeer peer) {
        Thread hook = new Thread(() -> leaveAndWait(peer), "atlas-peer-leave");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Asks the peer to leave gracefully and waits for its loop to end, at most {@link #LEAVE_WAIT_SECONDS}. */
    static void leaveAndWait(TorrentPeer peer) {
        try {
            peer.leave().get(LEAVE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            peer.stop(); // it did not leave in time: go now
        }
    }

    /** {@code --upload-limit RATE}, shared by the seed and download commands. */
    static final class UploadLimit {
        private static final Pattern BYTES_PER_SECOND = Pattern.compile("\\d+");

        @Option(names = "--upload-limit", paramLabel = "RATE", defaultValue = "0",
                description = "upload at most this fast, shared among the unchoked peers by the choker's weights: a "
                        + "rate such as 1MiB/s or 8Mbit/s, or bytes per second (0, the default: no limit)")
        String rate;

        /** The peer's settings with this limit; a rate that is not one is the user's input, exit code 2. */
        PeerSettings settings(CommandSpec spec) {
            String text = rate.trim();
            double bytesPerSecond;
            try {
                bytesPerSecond = BYTES_PER_SECOND.matcher(text).matches() ? Double.parseDouble(text)
                        : Quantities.parseRate(text);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--upload-limit: " + e.getMessage());
            }
            if (bytesPerSecond != 0 && !(bytesPerSecond >= 1 && bytesPerSecond < Long.MAX_VALUE)) {
                throw new ParameterException(spec.commandLine(), "--upload-limit takes 0 (no limit) or at least 1 B/s, "
                        + "not " + text);
            }
            return PeerSettings.defaults().withUploadLimit(Math.round(bytesPerSecond));
        }
    }

    /** {@code atlas peer seed FILE.torrent --dir D --port P [--upload-limit RATE]}: serves complete data until stopped. */
    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = "Checks the data below DIR against the torrent and serves it on PORT until stopped.")
    static final class Seed implements Callable<Integer> {
        @ParentCommand
        PeerCommand parent;

        @Parameters(paramLabel = "FILE.torrent", description = "the torrent")
        Path torrentFile;

        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "where the torrent's files are")
        Path dir;

        @Option(names = "--port", required = true, paramLabel = "P", description = "TCP port to listen on (0: any)")
        int port;

        @Mixin
        UploadLimit uploadLimit;

        @Override
        public Integer call() {
            PeerSettings settings = uploadLimit.settings(parent.spec);
            Metainfo torrent = readTorrent(torrentFile);
            // Checked before opening, which would create the missing files: a seed only reads.
            List<Path> paths = PieceStorage.paths(torrent, dir);
            for (int i = 0; i < paths.size(); i++) {
                Path path = paths.get(i);
                if (!Files.isRegularFile(path) || size(path) < torrent.files().get(i).length()) {
                    parent.main.err.println(path + " is missing or shorter than the torrent says ("
                            + torrent.files().get(i).length() + " bytes); a seed needs every file");
                    return ExitCodes.BAD_INPUT;
                }
            }
            TorrentPeer peer = open(torrent, dir, settings);
            PeerStats stats = peer.stats();
            if (!stats.isComplete()) {
                closeQuietly(peer);
                parent.main.err.println(dir + " holds " + stats.verifiedPieces() + " of " + stats.pieceCount()
                        + " pieces of " + torrent.name() + " intact; a seed needs them all");
                return ExitCodes.BAD_INPUT;
            }
            int bound = listen(peer, port);
            parent.main.out.println("seeding " + torrent.name() + " (" + torrent.infoHash() + ") on port " + bound);
            // Seeding ends with the process (Ctrl-C): the peer leaves, then the loop closes its sockets and files.
            leaveOnShutdown(peer);
            peer.run();
            return ExitCodes.OK;
        }
    }

    /** {@code atlas peer download FILE.torrent --dir D --connect HOST:PORT [--port P] [--upload-limit RATE]}. */
    @Command(name = "download", mixinStandardHelpOptions = true,
            description = "Downloads the torrent into DIR from the given peers, checking every piece, and exits when "
                    + "complete (0) or when every peer is gone or the timeout passes first (1).")
    static final class Download implements Callable<Integer> {
        private static final Pattern HOST_PORT = Pattern.compile("(.+):(\\d{1,5})");

        @ParentCommand
        PeerCommand parent;

        @Parameters(paramLabel = "FILE.torrent", description = "the torrent")
        Path torrentFile;

        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "where to write the torrent's files")
        Path dir;

        @Option(names = "--connect", required = true, paramLabel = "HOST:PORT", description = "a peer to download from")
        List<String> connect = new ArrayList<>();

        @Option(names = "--port", paramLabel = "P",
                description = "also accept connections on this TCP port; then losing every peer is not failure")
        Integer port;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
                description = "give up after this long (0, the default: never)")
        long timeoutSeconds;

        @Mixin
        UploadLimit uploadLimit;

        @Override
        public Integer call() throws InterruptedException {
            List<InetSocketAddress> peers = new ArrayList<>();
            for (String hostPort : connect) {
                Matcher m = HOST_PORT.matcher(hostPort);
                if (!m.matches() || Integer.parseInt(m.group(2)) > 65535) {
                    throw new ParameterException(parent.spec.commandLine(), "--connect takes HOST:PORT, not " + hostPort);
                }
                peers.add(new InetSocketAddress(m.group(1), Integer.parseInt(m.group(2))));
            }
            PeerSettings settings = uploadLimit.settings(parent.spec);
            Metainfo torrent = readTorrent(torrentFile);
            TorrentPeer peer = open(torrent, dir, settings);
            if (port != null) {
                listen(peer, port);
            }
            peers.forEach(peer::connect);
            Thread loop = new Thread(peer::run, "atlas-peer");
            loop.start();
            Thread hook = leaveOnShutdown(peer);
            long start = System.nanoTime();
            try {
                if (timeoutSeconds > 0) {
                    peer.completion().get(timeoutSeconds, TimeUnit.SECONDS);
                } else {
                    peer.completion().get();
                }
            } catch (ExecutionException | TimeoutException e) {
                String why = e instanceof TimeoutException ? "no complete download in " + timeoutSeconds + " s"
                        : e.getCause().getMessage();
                parent.main.err.println("download of " + torrent.name() + " failed: " + why);
                return ExitCodes.CHECK_FAILED;
            } finally {
                leaveAndWait(peer);
                loop.join();
                removeHook(hook);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            parent.main.out.printf(Locale.ROOT, "downloaded %s: %d bytes in %.2f s (%.1f MiB/s), every piece verified%n",
                    torrent.name(), torrent.totalLength(), seconds, torrent.totalLength() / 1048576.0 / seconds);
            return ExitCodes.OK;
        }
    }

    /** {@code atlas peer make-torrent FILE --piece 256KiB --out X.torrent}. */
    @Command(name = "make-torrent", mixinStandardHelpOptions = true,
            description = "Makes a v1 torrent of a file, or of a directory's files (in path order).")
    static final class MakeTorrent implements Callable<Integer> {
        private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|B|KiB|MiB)");

        @ParentCommand
        PeerCommand parent;

        @Parameters(paramLabel = "FILE", description = "the file or directory to share")
        Path source;

        @Option(names = "--piece", paramLabel = "SIZE", defaultValue = "256KiB",
                description = "piece length: bytes, or with KiB or MiB (default: ${DEFAULT-VALUE})")
        String piece;

        @Option(names = "--out", required = true, paramLabel = "X.torrent", description = "where to write the torrent")
        Path out;

        @Option(names = "--announce", paramLabel = "URL", description = "a tracker's announce URL (optional)")
        String announce;

        @Override
        public Integer call() throws IOException {
            int pieceLength = parseSize(piece);
            String name = source.toAbsolutePath().normalize().getFileName().toString();
            TorrentBuilder builder;
            if (Files.isDirectory(source)) {
                builder = TorrentBuilder.directory(name, pieceLength);
                List<Path> files;
                try (Stream<Path> walk = Files.walk(source)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                if (files.isEmpty()) {
                    throw new ParameterException(parent.spec.commandLine(), source + " holds no files");
                }
                for (Path file : files) {
                    List<String> path = new ArrayList<>();
                    source.relativize(file).forEach(component -> path.add(component.toString()));
                    builder.addFile(path, Files.readAllBytes(file));
                }
            } else if (Files.isRegularFile(source)) {
                builder = TorrentBuilder.singleFile(name, pieceLength, Files.readAllBytes(source));
            } else {
                throw new ParameterException(parent.spec.commandLine(), "no such file or directory: " + source);
            }
            if (announce != null) {
                builder.announce(announce);
            }
            Metainfo torrent = builder.build();
            Files.write(out, torrent.toBytes());
            parent.main.out.println("wrote " + out + ": " + torrent.name() + ", " + torrent.pieceCount() + " pieces of "
                    + pieceLength + " bytes, info-hash " + torrent.infoHash());
            return ExitCodes.OK;
        }

        private int parseSize(String text) {
            Matcher m = SIZE.matcher(text.trim());
            long unit = 1;
            if (m.matches()) {
                unit = switch (m.group(2)) {
                    case "KiB" -> 1024;
                    case "MiB" -> 1024 * 1024;
                    default -> 1;
                };
            }
            long bytes = m.matches() ? Long.parseLong(m.group(1)) * unit : -1;
            if (bytes < 1 || bytes > Metainfo.MAX_PIECE_LENGTH) {
                throw new ParameterException(parent.spec.commandLine(), "--piece takes a size from 1 byte to 1 GiB, such "
                        + "as 16384, 256KiB or 4MiB, not " + text);
            }
            return (int) bytes;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The command is over before the process: its hook has nothing left to do. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The process is stopping already: the hook runs, and finds the peer gone.
        }
    }

    private static void closeQuietly(TorrentPeer peer) {
        try {
            peer.close();
        } catch (IOException e) {
            // Nothing was written yet; the message about the missing pieces matters more.
        }
    }
}
