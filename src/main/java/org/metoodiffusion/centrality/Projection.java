package org.metoodiffusion.centrality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.metoodiffusion.api.BadRequestException;

/**
 * Which part of the graph a measure is computed on: the level (accounts or posts), the kinds of
 * interaction, and a half-open time window {@code [from, to)} on when the interaction happened
 * (the amplifying post's {@code createdAt}, or {@code INTERACTED.at} for account-level data).
 *
 * @param level the nodes
 * @param kinds interaction kinds, at least one, all existing at that level
 * @param from  start of the window (inclusive), or null for no start
 * @param to    end of the window (exclusive), or null for no end
 */
public record Projection(Level level, Set<InteractionKind> kinds, Instant from, Instant to) {

    public Projection {
        if (level == null) {
            throw new BadRequestException("level is required");
        }
        if (kinds == null || kinds.isEmpty()) {
            throw new BadRequestException("kinds must name at least one interaction kind");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
        var foreign = kinds.stream().filter(kind -> !level.kinds().contains(kind)).toList();
        if (!foreign.isEmpty()) {
            throw new BadRequestException("At level " + level.label() + " the kinds are "
                    + labels(level.kinds()) + "; " + labels(foreign) + " does not apply");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadRequestException("The window is empty or inverted: from " + from + " is not before to " + to);
        }
    }

    /** Every kind of the level, no window. */
    public static Projection all(Level level) {
        return new Projection(level, level.kinds(), null, null);
    }

    /**
     * From request values: {@code level} (default account), {@code kinds} (default all of the
     * level's), {@code from} and {@code to} as ISO-8601 instants or dates (a date means its start, UTC).
     */
    public static Projection parse(String level, List<String> kinds, String from, String to) {
        var parsedLevel = level == null || level.isBlank() ? Level.ACCOUNT : Level.parse(level);
        Set<InteractionKind> parsedKinds = kinds == null || kinds.isEmpty() ? parsedLevel.kinds()
                : kinds.stream().filter(kind -> !kind.isBlank()).map(InteractionKind::parse)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(InteractionKind.class)));
        return new Projection(parsedLevel, parsedKinds, instant("from", from), instant("to", to));
    }

    /** The kinds' labels, sorted, as the projection queries take them. */
    public List<String> kindLabels() {
        return kinds.stream().sorted().map(InteractionKind::label).toList();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant (2017-10-15T20:21:11Z) or date "
                    + "(2017-10-15), was '" + value + "'");
        }
    }

    private static String labels(java.util.Collection<InteractionKind> kinds) {
        return kinds.stream().sorted().map(InteractionKind::label).collect(Collectors.joining(", "));
    }
}
