package org.metoodiffusion.centrality;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Writes what the OpenAPI document says about measures from the measures themselves: the allowed
 * values of {@code {measure}} and {@code {algorithm}}, and for each algorithm parameter which
 * measures take it and with what default. Nothing is listed by hand, so nothing can disagree.
 */
@Component
class MeasureApiDocumentation implements OpenApiCustomizer {

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if (path.contains("/api/centrality/{measure}")) {
                enumerate(operation, "measure", path.endsWith("/write") ? measure -> true : measure -> !measure.community());
            } else if (path.contains("/api/communities/{algorithm}")) {
                enumerate(operation, "algorithm", Measure::community);
            }
            describeParameters(operation);
        }));
    }

    /** For each measure parameter: its meaning (from the annotation), then who takes it and the default. */
    static String takenBy(String name) {
        var defaults = new LinkedHashMap<String, Object>();
        for (var measure : Measure.values()) {
            if (measure.parameterNames().contains(name)) {
                defaults.put(measure.key(), measure.defaults().asMap().get(name));
            }
        }
        var byDefault = defaults.entrySet().stream().collect(Collectors.groupingBy(
                entry -> String.valueOf(entry.getValue()), LinkedHashMap::new,
                Collectors.mapping(entry -> entry.getKey(), Collectors.joining(", "))));
        return byDefault.entrySet().stream()
                .map(entry -> entry.getValue() + (entry.getKey().equals("null") ? " (default: absent)"
                        : " (default " + entry.getKey() + ")"))
                .collect(Collectors.joining("; ", "Taken by ", "."));
    }

    private static void enumerate(Operation operation, String name, Predicate<Measure> which) {
        var keys = Arrays.stream(Measure.values()).filter(which).map(Measure::key).toList();
        parameters(operation).stream().filter(parameter -> name.equals(parameter.getName()))
                .forEach(parameter -> parameter.schema(new StringSchema()._enum(keys).example(keys.get(0))));
    }

    private static void describeParameters(Operation operation) {
        var taken = Arrays.stream(Measure.values()).flatMap(measure -> measure.parameterNames().stream())
                .collect(Collectors.toSet());
        parameters(operation).stream().filter(parameter -> "query".equals(parameter.getIn()))
                .filter(parameter -> taken.contains(parameter.getName()))
                .forEach(parameter -> parameter.setDescription(Objects.requireNonNullElse(parameter.getDescription(), "")
                        + (parameter.getDescription() == null ? "" : " ") + takenBy(parameter.getName())));
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }
}
