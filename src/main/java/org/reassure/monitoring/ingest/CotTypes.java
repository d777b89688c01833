package org.reassure.monitoring.ingest;

import java.util.List;

import org.reassure.monitoring.Category;

/**
 * Category of a Cursor-on-Target event from its {@code type}, when the {@code <reassure category>} extension does not
 * state it.
 *
 * <p>Atoms ({@code a-<affiliation>-<dimension>-<function...>}, affiliation ignored: every party is monitored) are
 * matched on the part after the affiliation, longest prefix first, whole segments only:
 * <table>
 *   <caption>CoT type to category</caption>
 *   <tr><th>type</th><th>category</th><th>meaning</th></tr>
 *   <tr><td>{@code a-?-A...}</td><td>AIR_INCURSION</td><td>any air track (aircraft, drone, missile)</td></tr>
 *   <tr><td>{@code a-?-G-E-W...}</td><td>HEAVY_WEAPON_MOVEMENT</td><td>ground equipment: weapon</td></tr>
 *   <tr><td>{@code a-?-G-E-V...}</td><td>HEAVY_WEAPON_MOVEMENT</td><td>ground equipment: vehicle</td></tr>
 *   <tr><td>{@code a-?-G-U-C-F...}</td><td>HEAVY_WEAPON_MOVEMENT</td><td>ground unit: field artillery</td></tr>
 *   <tr><td>anything else</td><td>OTHER</td><td>detections (impacts, fire, flashes) have no standard CoT type:
 *       senders state them with the extension</td></tr>
 * </table>
 */
final class CotTypes {

    private record Rule(String function, Category category) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("G-U-C-F", Category.HEAVY_WEAPON_MOVEMENT),
            new Rule("G-E-W", Category.HEAVY_WEAPON_MOVEMENT),
            new Rule("G-E-V", Category.HEAVY_WEAPON_MOVEMENT),
            new Rule("A", Category.AIR_INCURSION));

    private CotTypes() {
    }

    static Category categoryOf(String cotType) {
        if (cotType.length() < 5 || !cotType.startsWith("a-") || cotType.charAt(3) != '-') {
            return Category.OTHER;
        }
        String function = cotType.substring(4);
        for (Rule rule : RULES) {
            if (function.startsWith(rule.function())
                    && (function.length() == rule.function().length() || function.charAt(rule.function().length()) == '-')) {
                return rule.category();
            }
        }
        return Category.OTHER;
    }
}
