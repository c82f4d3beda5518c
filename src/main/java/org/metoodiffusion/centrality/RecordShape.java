package org.metoodiffusion.centrality;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A record class's components, their names and its canonical constructor, looked up once per class:
 * {@link Class#getRecordComponents} builds new component objects in the JVM on every call, and the
 * parameter records of a request called it so often that it took over half of a cached centrality
 * answer's CPU (async-profiler under wrk).
 *
 * @param components  in declaration order
 * @param names       the components' names, in the same order
 * @param constructor the canonical constructor
 */
record RecordShape(List<RecordComponent> components, List<String> names, Constructor<?> constructor) {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            var components = List.of(type.getRecordComponents());
            try {
                return new RecordShape(components, components.stream().map(RecordComponent::getName).toList(),
                        type.getDeclaredConstructor(
                                components.stream().map(RecordComponent::getType).toArray(Class<?>[]::new)));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
    };

    /** The shape of the record class {@code type}. */
    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }
}
