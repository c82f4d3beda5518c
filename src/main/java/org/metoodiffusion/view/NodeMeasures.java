package org.metoodiffusion.view;

import java.util.List;

import org.metoodiffusion.api.BadRequestException;
import org.springframework.stereotype.Component;

/** The measures on offer, by name. */
@Component
public class NodeMeasures {

    private final List<NodeMeasure> measures;

    NodeMeasures(List<NodeMeasure> measures) {
        this.measures = List.copyOf(measures);
    }

    public NodeMeasure named(String name) {
        var wanted = name == null || name.isBlank() ? DescendantsMeasure.NAME : name.strip();
        return measures.stream().filter(m -> m.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new BadRequestException("unknown measure '" + name + "'; known: " + names()));
    }

    public List<String> names() {
        return measures.stream().map(NodeMeasure::name).toList();
    }
}
