package atlas.protocols;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Policies of one kind (piece pickers, chokers, ...) registered by the name a scenario uses.
 * Each entry carries its parameter record type and default values, so a scenario loader can
 * bind and validate parameters strictly, and a factory that makes one policy instance per peer.
 *
 * @param <T> the policy interface
 */
public final class PolicyRegistry<T> {

    /** One named policy: its parameters' record type, their defaults, and its factory. */
    public static final class Entry<T> {
        private final String name;
        private final Record defaults;
        private final Function<Record, ? extends T> factory;

        private Entry(String name, Record defaults, Function<Record, ? extends T> factory) {
            this.name = name;
            this.defaults = defaults;
            this.factory = factory;
        }

        public String name() {
            return name;
        }

        public Class<? extends Record> paramsType() {
            return defaults.getClass();
        }

        public Record defaults() {
            return defaults;
        }

        /** A new policy instance with the given parameters (of {@link #paramsType()}). */
        public T create(Record params) {
            if (!paramsType().isInstance(params)) {
                throw new IllegalArgumentException(name + " takes " + paramsType().getSimpleName()
                        + ", not " + params.getClass().getSimpleName());
            }
            return factory.apply(params);
        }
    }

    private final String kind;
    private final Map<String, Entry<T>> entries = new LinkedHashMap<>();

    public PolicyRegistry(String kind) {
        this.kind = kind;
    }

    /** What these policies are, for error messages: "piece picker", "seed choker", ... */
    public String kind() {
        return kind;
    }

    @SuppressWarnings("unchecked")
    public <P extends Record> PolicyRegistry<T> register(String name, P defaults, Function<P, ? extends T> factory) {
        if (entries.containsKey(name)) {
            throw new IllegalStateException(kind + " '" + name + "' is registered twice");
        }
        entries.put(name, new Entry<>(name, defaults, params -> factory.apply((P) params)));
        return this;
    }

    public Optional<Entry<T>> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** The registered names, in registration order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(entries.keySet());
    }
}
