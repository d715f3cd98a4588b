package atlas.protocols.choke;

import atlas.protocols.PolicyRegistry;
import java.lang.reflect.RecordComponent;

/** A registered choker with its default parameters, and the slot count every params record carries. */
record RegisteredChoker(PolicyRegistry.Entry<Choker> entry) {

    static RegisteredChoker seed(String name) {
        return new RegisteredChoker(Chokers.SEED.find(name).orElseThrow());
    }

    static RegisteredChoker leecher(String name) {
        return new RegisteredChoker(Chokers.LEECHER.find(name).orElseThrow());
    }

    Choker create() {
        return entry.create(entry.defaults());
    }

    int slots() {
        try {
            for (RecordComponent component : entry.paramsType().getRecordComponents()) {
                if (component.getName().equals("slots")) {
                    return (int) component.getAccessor().invoke(entry.defaults());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(entry.name() + " params have no slots");
    }
}
