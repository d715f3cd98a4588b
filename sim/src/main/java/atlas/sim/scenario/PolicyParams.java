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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds a policy written in YAML to its registry entry's parameter record, and back. A policy is
 * either its name ({@code picker: rarest-first}) or a map of the name and parameters
 * ({@code { name: rarest-first, random-first: 4 }}); each parameter key is the kebab-case form of a
 * record component ({@code randomFirst}). Component types: int, long, double, boolean, and the
 * quantities {@link Duration}, {@link BttPerMiB}, {@link BttAmount} and {@link ByteRate} (written
 * with a unit); parameters not given take the entry's defaults. A params record rejects invalid
 * values by throwing {@link IllegalArgumentException} from its constructor, with a message that
 * starts with the parameter's name; that message, in the scenario's names and units, becomes a
 * problem of that parameter, at its line, and every invalid parameter of a policy is reported.
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
        Object[] base = new Object[components.length];
        Object[] arguments = new Object[components.length];
        YamlNode[] written = new YamlNode[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object shared = inherited.get(components[i].getName());
            base[i] = shared != null && wrap(types[i]).isInstance(shared) ? shared : read(components[i], defaults);
            arguments[i] = base[i];
            YamlNode.Field field = fields.get(keys.get(i));
            if (field != null) {
                Object value = convert(field.value(), types[i], problems);
                if (value == null) {
                    valid = false;
                } else {
                    arguments[i] = value;
                    written[i] = field.value();
                }
            }
        }
        // The record's own checks run even when other parameters are already wrong, so that every problem shows.
        Record record = construct(defaults.getClass(), types, base, arguments, written, node, policy, components,
                problems);
        return valid ? record : null;
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

    /**
     * The record of {@code arguments}, or null with a problem for each parameter its constructor
     * rejects. A constructor stops at the first invalid parameter, whose name its message starts with
     * ("slots must be at least 1, got 0"), so the record is built again with that parameter's written
     * value replaced by its {@code base} value (default or inherited) until it is built. A rule that a
     * parameter not written breaks ("initial must be in [min, max]" with only min written) is reported
     * at the policy, and a written parameter whose base value satisfies it is set back to look for more.
     *
     * @param written the value node of each parameter written in the YAML (and valid on its own), else null
     */
    private static Record construct(Class<? extends Record> type, Class<?>[] types, Object[] base,
            Object[] arguments, YamlNode[] written, YamlNode node, String policy, RecordComponent[] components,
            ScenarioValidation problems) {
        Constructor<? extends Record> constructor = constructor(type, types);
        Object[] trial = arguments.clone();
        YamlNode[] pending = written.clone();
        boolean rejected = false;
        for (String message = rejection(constructor, trial, policy); message != null;
                message = rejection(constructor, trial, policy)) {
            rejected = true;
            int culprit = named(message, components);
            String problem = policy + ": " + readable(message, trial, components);
            if (culprit >= 0 && pending[culprit] != null) {
                problems.add(pending[culprit], problem);
                trial[culprit] = base[culprit];
                pending[culprit] = null;
            } else {
                if (culprit < 0 || written[culprit] == null) {
                    problems.add(node, problem);
                }
                // Else the culprit's written value is reported already and its base value breaks a rule with others.
                int involved = involved(constructor, trial, base, pending, policy, components);
                if (involved < 0) {
                    break;
                }
                trial[involved] = base[involved];
                pending[involved] = null;
            }
        }
        return rejected ? null : newRecord(constructor, trial, policy);
    }

    /**
     * A written parameter whose base value lifts the rule that stopped the constructor, so that it is
     * built or stops at another written parameter; -1 if none does.
     */
    private static int involved(Constructor<? extends Record> constructor, Object[] trial, Object[] base,
            YamlNode[] pending, String policy, RecordComponent[] components) {
        for (int i = 0; i < trial.length; i++) {
            if (pending[i] == null) {
                continue;
            }
            Object[] without = trial.clone();
            without[i] = base[i];
            String message = rejection(constructor, without, policy);
            int next = message == null ? -1 : named(message, components);
            if (message == null || next >= 0 && next != i && pending[next] != null) {
                return i;
            }
        }
        return -1;
    }

    private static Constructor<? extends Record> constructor(Class<? extends Record> type, Class<?>[] types) {
        try {
            Constructor<? extends Record> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the parameters of " + type.getName(), e);
        }
    }

    /** Why the record's constructor rejects {@code arguments}, or null if it accepts them. */
    private static String rejection(Constructor<? extends Record> constructor, Object[] arguments, String policy) {
        try {
            newRecord(constructor, arguments, policy);
            return null;
        } catch (IllegalArgumentException invalid) {
            return String.valueOf(invalid.getMessage());
        }
    }

    /** A new record; an {@link IllegalArgumentException} of its constructor is rethrown as it is. */
    private static Record newRecord(Constructor<? extends Record> constructor, Object[] arguments, String policy) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw invalid;
            }
            throw new IllegalStateException("cannot build the parameters of " + policy, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the parameters of " + policy, e);
        }
    }

    /** The component a rejection's message starts with, in camelCase or kebab-case; -1 if none. */
    private static int named(String message, RecordComponent[] components) {
        String first = message.split("[\\s,(:]", 2)[0];
        for (int i = 0; i < components.length; i++) {
            if (first.equals(components[i].getName()) || first.equals(kebab(components[i].getName()))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A rejection's message as a scenario speaks: the record names its components in camelCase
     * (randomFirstPieces) and prints quantities as Java does (PT0S), the YAML says random-first-pieces
     * and 0 s.
     */
    private static String readable(String message, Object[] arguments, RecordComponent[] components) {
        String text = message;
        for (RecordComponent component : components) {
            text = text.replaceAll("\\b" + component.getName() + "\\b", kebab(component.getName()));
        }
        for (Object argument : arguments) {
            Object written = withUnit(argument);
            if (written != argument) {
                text = text.replaceAll("(?<![\\w.])" + Pattern.quote(String.valueOf(argument)) + "(?![\\w.])",
                        Matcher.quoteReplacement(written.toString()));
            }
        }
        return text;
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
