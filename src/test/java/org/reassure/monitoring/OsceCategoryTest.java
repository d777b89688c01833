package org.reassure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * Every platform category falls in exactly one OSCE category, and only fire counts as a ceasefire violation.
 */
class OsceCategoryTest {

    @Test
    void mapsFireOntoTheFiveOsceCategoriesAndTheRestOntoOtherObservations() {
        assertThat(OsceCategory.of(Category.EXPLOSION_IMPACT)).isEqualTo(OsceCategory.EXPLOSIONS);
        assertThat(OsceCategory.of(Category.OUTGOING_FIRE)).isEqualTo(OsceCategory.EXPLOSIONS);
        assertThat(OsceCategory.of(Category.DRONE_STRIKE)).isEqualTo(OsceCategory.EXPLOSIONS);
        assertThat(OsceCategory.of(Category.MINE)).isEqualTo(OsceCategory.EXPLOSIONS);
        assertThat(OsceCategory.of(Category.PROJECTILE_IN_FLIGHT)).isEqualTo(OsceCategory.PROJECTILES_IN_FLIGHT);
        assertThat(OsceCategory.of(Category.MUZZLE_FLASH)).isEqualTo(OsceCategory.MUZZLE_FLASHES);
        assertThat(OsceCategory.of(Category.FLARE)).isEqualTo(OsceCategory.ILLUMINATION_FLARES);
        assertThat(OsceCategory.of(Category.SMALL_ARMS)).isEqualTo(OsceCategory.BURSTS_AND_SHOTS);
        assertThat(Arrays.stream(Category.values()).filter(c -> !OsceCategory.of(c).isCeasefireViolation()))
            .containsExactlyInAnyOrder(Category.AIR_INCURSION, Category.HEAVY_WEAPON_MOVEMENT, Category.OTHER);
    }

    @Test
    void everyOsceCategoryIsReachable() {
        assertThat(Arrays.stream(Category.values()).map(OsceCategory::of).distinct()).containsExactlyInAnyOrder(OsceCategory.values());
    }
}
