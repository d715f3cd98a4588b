package atlas.protocols.piece;

import atlas.protocols.PolicyRegistry;

/** The piece pickers a scenario can name ({@code protocol.picker}), with their default parameters. */
public final class PiecePickers {

    public static final PolicyRegistry<PiecePicker> REGISTRY = new PolicyRegistry<PiecePicker>("piece picker")
            .register("rarest-first", RarestFirstPicker.Params.defaults(), RarestFirstPicker::new)
            .register("random", new RandomPicker.Params(), params -> new RandomPicker())
            .register("sequential", new SequentialPicker.Params(), params -> new SequentialPicker());

    private PiecePickers() {
    }
}
