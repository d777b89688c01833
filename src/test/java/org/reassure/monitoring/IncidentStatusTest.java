package org.reassure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IncidentStatusTest {

    @Test
    void verificationMovesAnIncidentOn() {
        assertThat(IncidentStatus.NEW.moveTo(IncidentStatus.CORROBORATED)).isEqualTo(IncidentStatus.CORROBORATED);
        assertThat(IncidentStatus.CORROBORATED.moveTo(IncidentStatus.VERIFIED)).isEqualTo(IncidentStatus.VERIFIED);
        assertThat(IncidentStatus.NEW.moveTo(IncidentStatus.DISMISSED)).isEqualTo(IncidentStatus.DISMISSED);
    }

    @Test
    void refusesIllegalMovesNamingTheCurrentStatus() {
        assertThatThrownBy(() -> IncidentStatus.CORROBORATED.moveTo(IncidentStatus.NEW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("status: an incident that is CORROBORATED cannot become NEW (allowed: [VERIFIED, DISMISSED])");
        assertThatThrownBy(() -> IncidentStatus.VERIFIED.moveTo(IncidentStatus.DISMISSED))
                .hasMessage("status: an incident that is VERIFIED cannot become DISMISSED (VERIFIED is final)");
        assertThatThrownBy(() -> IncidentStatus.DISMISSED.moveTo(IncidentStatus.DISMISSED))
                .hasMessageContaining("DISMISSED is final");
    }
}
