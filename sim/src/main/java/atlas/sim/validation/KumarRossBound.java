package atlas.sim.validation;

/**
 * The minimum distribution time of a file to N peers from one server (Kumar and Ross, "Peer-assisted
 * file distribution: the minimum distribution time", IEEE HotWeb 2006): no schedule, however
 * clever, delivers F bytes to every peer before
 * {@code T_min = max(F / u_s, F / d_min, N F / (u_s + sum u_i))}: the server must send every byte
 * once, the slowest downloader must receive every byte, and N copies must cross the total upload
 * capacity.
 */
public final class KumarRossBound {

    private KumarRossBound() {
    }

    /**
     * The bound in seconds.
     *
     * @param fileBytes the file size F, bytes
     * @param serverUpload the server's (initial seeds') upload u_s, bytes per second
     * @param peerUploads each peer's upload u_i, bytes per second
     * @param minPeerDownload the smallest peer download d_min, bytes per second
     * @throws IllegalArgumentException if there are no peers or a capacity is not positive
     */
    public static double seconds(double fileBytes, double serverUpload, double[] peerUploads, double minPeerDownload) {
        if (peerUploads.length == 0) {
            throw new IllegalArgumentException("the bound needs at least one peer");
        }
        if (!(serverUpload > 0) || !(minPeerDownload > 0) || !(fileBytes > 0)) {
            throw new IllegalArgumentException("file size, server upload and peer download must be positive");
        }
        double totalUpload = serverUpload;
        for (double u : peerUploads) {
            totalUpload += u;
        }
        double serverTerm = fileBytes / serverUpload;
        double downloadTerm = fileBytes / minPeerDownload;
        double aggregateTerm = peerUploads.length * fileBytes / totalUpload;
        return Math.max(serverTerm, Math.max(downloadTerm, aggregateTerm));
    }
}
