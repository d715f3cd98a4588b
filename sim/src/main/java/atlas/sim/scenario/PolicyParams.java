package atlas.sim.scenario;

import atlas.protocols.PolicyRegistry;
import atlas.protocols.bid.BttAmount;
import atlas.protocols.bid.BttPerMiB;
import atlas.protocols.bid.ByteRate;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a policy written in YAML to its registry entry's parameter record, and back. A policy is
 * either its name ({@code picker: rarest-first}) or a map of the name and parameters
 * ({@code { name: rarest-first, random-first: 4 }}); each parameter key is the kebab-case form of a
 * record component ({@code randomFirst}). Component types: int, long, double, boolean, and the
 * quantities {@link Duration}, {@link BttPerMiB}, {@link BttAmount} and {@link ByteRate} (written
 * with a unit); parameters not given take the entry's defaults. A params record rejects invalid values by throwing {@link IllegalArgumentException} from its constructor,
 * with a message naming the parameter; that message becomes the problem.
 */
final class PolicyParams {

    /** Decimal places of the BTT amounts in policy parameters: the protocols' base unit is 10^-6 BTT. */
    private static final int PRICE_PRECISION = 6;

    private PolicyParams() {
    }

    /**
     * The chosen policy, or null with problems recorded.
     *
     * @param nameKey   the key that holds the policy's name in map form ("name", or "model" for seeding)
     * @param inherited values that replace the entry's defaults for parameters of these (camelCase)
     *                  names and types when the YAML does not give them, such as the shared choker slots
     */
    static PolicyChoice bind(YamlNode node, PolicyRegistry<?> registry, String nameKey, Map<String, ?> inherited,
            ScenarioValidation problems) {
        YamlNode nameNode = node;
        Map<String, YamlNode.Field> fields = Map.of();
        if (node instanceof YamlNode.Mapping mapping) {
            YamlNode.Field nameField = mapping.fields().get(nameKey);
            if (nameField == null) {
                problems.add(node, "missing key '" + nameKey + "': the " + registry.kind() + ", one of "
                        + String.join(", ", registry.names()));
                return null;
            }
            nameNode = nameField.value();
            fields = mapping.fields();
        } else if (!(node instanceof YamlNode.Scalar)) {
            problems.add(node, "expected a " + registry.kind() + " name (" + String.join(", ", registry.names())
                    + ") or a map { " + nameKey + ": NAME, PARAMETER: VALUE, ... }, found " + YamlNode.describe(node));
            return null;
        }
        String name = Values.text(nameNode, problems);
        PolicyRegistry.Entry<?> entry = name == null ? null : entry(name, nameNode, registry, problems);
        if (entry == null) {
            return null;
        }
        Record params = params(node, fields, nameKey, registry.kind() + " '" + name + "'", entry.defaults(),
                inherited, problems);
        return params == null ? null : new PolicyChoice(name, params);
    }

    /**
     * The policy as YAML values: its name alone when it has no parameters, else an ordered map of
     * the name and every parameter (defaults included), durations written with their unit.
     */
    static Object describe(PolicyChoice choice, String nameKey) {
        RecordComponent[] components = choice.params().getClass().getRecordComponents();
        if (components.length == 0) {
            return choice.name();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(nameKey, choice.name());
        for (RecordComponent component : components) {
            Object value = read(component, choice.params());
            map.put(kebab(component.getName()), withUnit(value));
        }
        return map;
    }

    /** A parameter's value as written in YAML: quantities with their unit, anything else as is. */
    private static Object withUnit(Object value) {
        if (value instanceof Duration d) {
            return Quantities.formatDuration(Math.addExact(Math.multiplyExact(d.getSeconds(), 1_000_000L), d.getNano() / 1000));
        }
        if (value instanceof BttPerMiB price) {
            return Quantities.formatBttPerMiB(price.baseUnits());
        }
        if (value instanceof BttAmount amount) {
            return Quantities.formatBtt(amount.baseUnits(), PRICE_PRECISION);
        }
        if (value instanceof ByteRate rate) {
            return Quantities.formatRate(rate.bytesPerSecond());
        }
        return value;
    }

    private static PolicyRegistry.Entry<?> entry(String name, YamlNode node, PolicyRegistry<?> registry,
            ScenarioValidation problems) {
        PolicyRegistry.Entry<?> entry = registry.find(name).orElse(null);
        if (entry == null) {
            problems.add(node, "unknown " + registry.kind() + " '" + name + "'"
                    + ClosestName.hint(name, registry.names()) + "; valid: " + String.join(", ", registry.names()));
        }
        return entry;
    }

    private static Record params(YamlNode node, Map<String, YamlNode.Field> fields, String nameKey, String policy,
            Record defaults, Map<String, ?> inherited, ScenarioValidation problems) {
        RecordComponent[] components = defaults.getClass().getRecordComponents();
        List<String> keys = new ArrayList<>();
        for (RecordComponent component : components) {
            keys.add(kebab(component.getName()));
        }
        boolean valid = true;
        for (YamlNode.Field field : fields.values()) {
            if (!field.key().equals(nameKey) && !keys.contains(field.key())) {
                problems.add(field.keyLine(), field.value().path(), "unknown parameter '" + field.key() + "' of "
                        + policy + ClosestName.hint(field.key(), keys) + "; "
                        + (keys.isEmpty() ? "it takes none" : "valid parameters: " + String.join(", ", keys)));
                valid = false;
            }
        }
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            YamlNode.Field field = fields.get(keys.get(i));
            Object shared = inherited.get(components[i].getName());
            if (field != null) {
                arguments[i] = convert(field.value(), types[i], problems);
            } else if (shared != null && wrap(types[i]).isInstance(shared)) {
                arguments[i] = shared;
            } else {
                arguments[i] = read(components[i], defaults);
            }
            valid &= arguments[i] != null;
        }
        return valid ? construct(defaults.getClass(), types, arguments, node, policy, components, problems) : null;
    }

    private static Class<?> wrap(Class<?> type) {
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        return type == boolean.class ? Boolean.class : type;
    }

    private static Object convert(YamlNode node, Class<?> type, ScenarioValidation problems) {
        if (type == int.class) {
            Long value = Values.integer(node, problems);
            if (value != null && value.intValue() != value) {
                problems.add(node, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
                return null;
            }
            return value == null ? null : value.intValue();
        }
        if (type == long.class) {
            return Values.integer(node, problems);
        }
        if (type == double.class) {
            return Values.real(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY).convert(node, problems);
        }
        if (type == boolean.class) {
            if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
                return Boolean.parseBoolean(s.text());
            }
            problems.add(node, "expected true or false, found " + YamlNode.describe(node));
            return null;
        }
        if (type == Duration.class) {
            Long micros = Values.duration(0).convert(node, problems);
            return micros == null ? null : Duration.of(micros, ChronoUnit.MICROS);
        }
        if (type == BttPerMiB.class) {
            Long units = Values.bttPerMiB(node, problems);
            return units == null ? null : new BttPerMiB(units);
        }
        if (type == BttAmount.class) {
            Long units = Values.bttOrZero(PRICE_PRECISION).convert(node, problems);
            return units == null ? null : new BttAmount(units);
        }
        if (type == ByteRate.class) {
            Double rate = Values.rate(node, problems);
            return rate == null ? null : new ByteRate(rate);
        }
        throw new IllegalStateException("policy parameters of type " + type.getName()
                + " are not supported; use int, long, double, boolean, Duration, BttPerMiB, BttAmount or ByteRate");
    }

    private static Record construct(Class<? extends Record> type, Class<?>[] types, Object[] arguments,
            YamlNode node, String policy, RecordComponent[] components, ScenarioValidation problems) {
        try {
            Constructor<? extends Record> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                // The record speaks of its components (randomFirstPieces); the user wrote random-first-pieces.
                String message = invalid.getMessage();
                for (RecordComponent component : components) {
                    message = message.replaceAll("\\b" + component.getName() + "\\b", kebab(component.getName()));
                }
                problems.add(node, policy + ": " + message);
                return null;
            }
            throw new IllegalStateException("cannot build the parameters of " + policy, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the parameters of " + policy, e);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record, e);
        }
    }

    /** {@code uploadSlots} becomes {@code upload-slots}. */
    static String kebab(String camel) {
        StringBuilder kebab = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                kebab.append('-').append(Character.toLowerCase(c));
            } else {
                kebab.append(c);
            }
        }
        return kebab.toString();
    }
}
