package atlas.sim.regress;

import atlas.sim.output.RunWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of what happened in a run: SHA-256 over the number of events the engine
 * processed, then the bytes of {@code peers.csv} and of {@code timeseries.csv}, each preceded by
 * its length. Those files hold every peer's arrival, completion, departure and byte counts and the
 * swarm's state at every sample, written byte-stably ({@code Decimals}), so a change to the
 * picker, the choker or the wire that alters anything a peer does alters the digest; the event
 * count catches the rare change that moves no byte (an extra timer that does nothing). Wall time
 * and provenance, which differ between identical runs, are left out. Computed from the output
 * files rather than from an engine hook, so the engine stays free of regression concerns.
 */
final class RunDigest {

    private RunDigest() {
    }

    /** The digest of the run written in {@code runDir} that processed {@code events} events. */
    static String of(Path runDir, long events) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        sha256.update(("events " + events + "\n").getBytes(StandardCharsets.UTF_8));
        for (String file : new String[] {RunWriter.PEERS, RunWriter.TIME_SERIES}) {
            byte[] bytes = Files.readAllBytes(runDir.resolve(file));
            sha256.update((file + " " + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
