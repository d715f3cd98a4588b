package atlas.sim.swarm;

import java.util.Arrays;
import java.util.List;

/**
 * The neighbours a peer's HAVE broadcast visits, in the order of its links, as what the broadcast
 * reads of each: the link's slot in {@link LinkStates}, the remote's seat ({@link Seats}) and the
 * remote's end of the link, in arrays of the peer's own rather than behind each link's pointers.
 * A peer keeps one of its neighbours that are not complete: a complete one has every piece, so a
 * HAVE changes nothing there until the sender's last piece, whose broadcast visits every link
 * ({@link #setToAll}). In a swarm that keeps its seeds, that spares a third or more of the visits.
 */
final class BroadcastList {
    int[] slots = new int[8];
    int[] remotes = new int[8];
    Link[] backs = new Link[8];
    int size;

    /** Appends {@code link}, this peer's end: links are added in the order they open. */
    void add(Link link) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, 2 * size);
            remotes = Arrays.copyOf(remotes, 2 * size);
            backs = Arrays.copyOf(backs, 2 * size);
        }
        slots[size] = link.slot;
        remotes[size] = link.remote().seat;
        backs[size] = link.other;
        size++;
    }

    /** Removes the link of this peer's end {@code slot}, keeping the order of the rest; nothing if absent. */
    void remove(int slot) {
        for (int i = 0; i < size; i++) {
            if (slots[i] == slot) {
                int after = size - i - 1;
                System.arraycopy(slots, i + 1, slots, i, after);
                System.arraycopy(remotes, i + 1, remotes, i, after);
                System.arraycopy(backs, i + 1, backs, i, after);
                backs[--size] = null;
                return;
            }
        }
    }

    /** Every one of {@code links}, in order. */
    void setToAll(List<Link> links) {
        clear();
        for (int i = 0; i < links.size(); i++) {
            add(links.get(i));
        }
    }

    void clear() {
        Arrays.fill(backs, 0, size, null);
        size = 0;
    }
}
