package atlas.sim.output;

import atlas.sim.scenario.ScenarioWriter;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@code summary.json}: the run's provenance (scenario, seed, build, resolved scenario
 * hash), its cost (wall time, events), how it ended (simulated time, {@link EndedBy}) and the
 * {@link Metrics}. Keys keep their order and numbers
 * follow {@link Decimals}, so equal runs give equal bytes except for the wall-time fields.
 */
final class SummaryJson {

    private static final JsonFactory JSON = new JsonFactory();

    private SummaryJson() {
    }

    static void write(RunResult run, BuildInfo build, Writer out) throws IOException {
        double wallS = run.wallNanos() / 1e9;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenario", run.scenario().name());
        summary.put("seed", run.seed());
        summary.put("atlas_version", build.version());
        summary.put("git_commit", build.commit());
        summary.put("scenario_hash", ScenarioWriter.hash(run.scenario()));
        summary.put("wall_time_s", wallS);
        summary.put("events", run.events());
        summary.put("events_per_s", run.wallNanos() > 0 ? run.events() / wallS : null);
        summary.put("simulated_time_s", run.endMicros() / 1e6);
        summary.put("ended_by", run.endedBy().jsonName());
        summary.put("metrics", Metrics.compute(run));
        try (JsonGenerator json = JSON.createGenerator(out)) {
            // The default pretty printer ends lines with the platform's separator and writes "key" : value.
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter));
            writeValue(json, summary);
            json.writeRaw('\n');
        }
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Long || value instanceof Integer) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double x) {
            json.writeNumber(Decimals.format(x));
        } else if (value instanceof BigDecimal x) {
            json.writeNumber(Decimals.plain(x));
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName((String) entry.getKey());
                writeValue(json, entry.getValue());
            }
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
        }
    }
}
