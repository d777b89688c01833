package org.reassure.monitoring;

/**
 * The categories in which the OSCE Special Monitoring Mission counted ceasefire violations in its daily reports, and
 * where the platform's {@link Category categories} fall among them.
 *
 * <table>
 *   <caption>Platform category to OSCE category</caption>
 *   <tr><th>platform</th><th>OSCE</th><th>why</th></tr>
 *   <tr><td>EXPLOSION_IMPACT, OUTGOING_FIRE, DRONE_STRIKE, MINE</td><td>EXPLOSIONS</td>
 *       <td>the Mission counted impacts, outgoing artillery and mortar fire and undetermined blasts alike as explosions;
 *       a drone-dropped munition or a mine is heard and seen as an explosion</td></tr>
 *   <tr><td>PROJECTILE_IN_FLIGHT</td><td>PROJECTILES_IN_FLIGHT</td><td>same observation</td></tr>
 *   <tr><td>MUZZLE_FLASH</td><td>MUZZLE_FLASHES</td><td>same observation</td></tr>
 *   <tr><td>FLARE</td><td>ILLUMINATION_FLARES</td><td>same observation</td></tr>
 *   <tr><td>SMALL_ARMS</td><td>BURSTS_AND_SHOTS</td><td>bursts and single shots of small arms and machine guns</td></tr>
 *   <tr><td>AIR_INCURSION, HEAVY_WEAPON_MOVEMENT, OTHER</td><td>OTHER_OBSERVATIONS</td>
 *       <td>not fire: the Mission reported weapons in breach of withdrawal lines and aerial activity apart from the
 *       count of ceasefire violations, and so does the daily report</td></tr>
 * </table>
 *
 * <p>The first five are {@linkplain #isCeasefireViolation() ceasefire violations}: they are what the daily report
 * totals and what sector alerts count.
 */
public enum OsceCategory {
    EXPLOSIONS,
    PROJECTILES_IN_FLIGHT,
    MUZZLE_FLASHES,
    ILLUMINATION_FLARES,
    BURSTS_AND_SHOTS,
    OTHER_OBSERVATIONS;

    public static OsceCategory of(Category category) {
        return switch (category) {
            case EXPLOSION_IMPACT, OUTGOING_FIRE, DRONE_STRIKE, MINE -> EXPLOSIONS;
            case PROJECTILE_IN_FLIGHT -> PROJECTILES_IN_FLIGHT;
            case MUZZLE_FLASH -> MUZZLE_FLASHES;
            case FLARE -> ILLUMINATION_FLARES;
            case SMALL_ARMS -> BURSTS_AND_SHOTS;
            case AIR_INCURSION, HEAVY_WEAPON_MOVEMENT, OTHER -> OTHER_OBSERVATIONS;
        };
    }

    public boolean isCeasefireViolation() {
        return this != OTHER_OBSERVATIONS;
    }
}
