package org.reassure.monitoring;

/**
 * What a report says happened, in the spirit of the OSCE monitoring categories.
 *
 * <p><b>Compatibility</b> decides whether two reports may describe the same event. It is symmetric, a category is
 * always compatible with itself, and otherwise:
 * <table>
 *   <caption>Compatible categories</caption>
 *   <tr><th>category</th><th>also compatible with</th><th>why</th></tr>
 *   <tr><td>EXPLOSION_IMPACT, OUTGOING_FIRE, PROJECTILE_IN_FLIGHT, MUZZLE_FLASH</td><td>each other</td>
 *       <td>signatures of one artillery or mortar round: launch, flight, impact</td></tr>
 *   <tr><td>DRONE_STRIKE</td><td>EXPLOSION_IMPACT, AIR_INCURSION</td>
 *       <td>the strike is heard as an explosion; the drone was seen crossing</td></tr>
 *   <tr><td>SMALL_ARMS</td><td>MUZZLE_FLASH</td><td>flashes of rifles and machine guns</td></tr>
 *   <tr><td>MINE</td><td>EXPLOSION_IMPACT</td><td>a mine blast is heard as an explosion</td></tr>
 *   <tr><td>FLARE, HEAVY_WEAPON_MOVEMENT, OTHER</td><td>none</td><td>distinct events</td></tr>
 * </table>
 *
 * <p><b>Severity</b> names a fused incident after its most severe report, highest first: DRONE_STRIKE,
 * EXPLOSION_IMPACT, OUTGOING_FIRE, PROJECTILE_IN_FLIGHT, MINE, SMALL_ARMS, MUZZLE_FLASH, AIR_INCURSION,
 * HEAVY_WEAPON_MOVEMENT, FLARE, OTHER. Among compatible categories it prefers the one that says more about the
 * means (a drone strike over the explosion it caused, small arms over a bare muzzle flash).
 */
public enum Category {
    EXPLOSION_IMPACT(10),
    OUTGOING_FIRE(9),
    PROJECTILE_IN_FLIGHT(8),
    MUZZLE_FLASH(5),
    FLARE(2),
    SMALL_ARMS(6),
    DRONE_STRIKE(11),
    AIR_INCURSION(4),
    HEAVY_WEAPON_MOVEMENT(3),
    MINE(7),
    OTHER(1);

    private static final int[] COMPATIBLE = new int[values().length];

    static {
        for (Category category : values()) {
            COMPATIBLE[category.ordinal()] = category.bit();
        }
        linkAll(EXPLOSION_IMPACT, OUTGOING_FIRE, PROJECTILE_IN_FLIGHT, MUZZLE_FLASH);
        linkAll(DRONE_STRIKE, EXPLOSION_IMPACT);
        linkAll(DRONE_STRIKE, AIR_INCURSION);
        linkAll(SMALL_ARMS, MUZZLE_FLASH);
        linkAll(MINE, EXPLOSION_IMPACT);
    }

    private final int severity;

    Category(int severity) {
        this.severity = severity;
    }

    private static void linkAll(Category... group) {
        for (Category a : group) {
            for (Category b : group) {
                COMPATIBLE[a.ordinal()] |= b.bit();
            }
        }
    }

    /** Rank used to name an incident after its most severe report; higher is more severe. */
    public int severity() {
        return severity;
    }

    public boolean isCompatibleWith(Category other) {
        return (COMPATIBLE[ordinal()] & other.bit()) != 0;
    }

    /** Bit {@code 1 << c.ordinal()} is set for every category {@code c} compatible with this one. */
    public int compatibilityMask() {
        return COMPATIBLE[ordinal()];
    }

    /** {@code 1 << ordinal()}, the bit this category occupies in a {@link #compatibilityMask()}. */
    public int bit() {
        return 1 << ordinal();
    }
}
