package org.metoodiffusion.centrality;

import java.lang.reflect.RecordComponent;

import org.metoodiffusion.api.BadRequestException;

/** The range checks the parameter records share, and reading a record component. */
final class Ranges {

    private Ranges() {
    }

    static void within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadRequestException(name + " must be " + min + ".." + max + ", was " + value);
        }
    }

    static void tolerance(double value) {
        if (!(value >= 0 && value < 1)) {
            throw new BadRequestException("tolerance must be in [0, 1), was " + value);
        }
    }

    static void positive(String name, double value) {
        if (!(value > 0 && value <= 1000)) {
            throw new BadRequestException(name + " must be in (0, 1000], was " + value);
        }
    }

    static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
