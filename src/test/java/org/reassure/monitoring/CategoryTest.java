package org.reassure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryTest {

    @Test
    void compatibilityIsReflexiveAndSymmetric() {
        for (Category a : Category.values()) {
            assertThat(a.isCompatibleWith(a)).isTrue();
            for (Category b : Category.values()) {
                assertThat(a.isCompatibleWith(b)).as(a + " / " + b).isEqualTo(b.isCompatibleWith(a));
            }
        }
    }

    @Test
    void artillerySignaturesAreCompatibleWithEachOther() {
        assertThat(Category.OUTGOING_FIRE.isCompatibleWith(Category.EXPLOSION_IMPACT)).isTrue();
        assertThat(Category.PROJECTILE_IN_FLIGHT.isCompatibleWith(Category.MUZZLE_FLASH)).isTrue();
        assertThat(Category.DRONE_STRIKE.isCompatibleWith(Category.EXPLOSION_IMPACT)).isTrue();
        assertThat(Category.SMALL_ARMS.isCompatibleWith(Category.MUZZLE_FLASH)).isTrue();
    }

    @Test
    void distinctEventsAreNotCompatible() {
        assertThat(Category.SMALL_ARMS.isCompatibleWith(Category.EXPLOSION_IMPACT)).isFalse();
        assertThat(Category.FLARE.isCompatibleWith(Category.MUZZLE_FLASH)).isFalse();
        assertThat(Category.HEAVY_WEAPON_MOVEMENT.isCompatibleWith(Category.OUTGOING_FIRE)).isFalse();
        assertThat(Category.OTHER.isCompatibleWith(Category.EXPLOSION_IMPACT)).isFalse();
    }

    @Test
    void severityRanksEveryCategoryDifferently() {
        assertThat(java.util.Arrays.stream(Category.values()).mapToInt(Category::severity).distinct().count())
                .isEqualTo(Category.values().length);
        assertThat(Category.DRONE_STRIKE.severity()).isGreaterThan(Category.EXPLOSION_IMPACT.severity());
        assertThat(Category.SMALL_ARMS.severity()).isGreaterThan(Category.MUZZLE_FLASH.severity());
    }
}
