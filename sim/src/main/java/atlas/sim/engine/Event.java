package atlas.sim.engine;

/** Something that happens at a point of virtual time. The engine's clock is already there. */
@FunctionalInterface
public interface Event {
    void fire();
}
