package org.reassure.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.reassure.access.Role;
import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;
import org.reassure.shared.RuleViolation;

class GuaranteeSystemTest {

	static final Actor SECRETARIAT = new Actor("sec", null);
	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	@Test
	void goesFromNegotiationToAnAttackDeterminedThroughABreachReview() {
		GuaranteeSystem system = GuaranteeSystem.initial();
		system = system.with(system.declareCeasefire("signed", SECRETARIAT, NOW));
		system = system.with(system.ceasefireEntersIntoForce("in force", SECRETARIAT, NOW));
		assertThat(system.state().guaranteesActive()).isTrue();
		assertThat(system.state().forceDeploymentAuthorisable()).isTrue();
		system = system.with(system.openBreachReview("shelling", SECRETARIAT, NOW));
		system = system.with(system.closeBreachReview("not attributable", SECRETARIAT, NOW));
		assertThat(system.state()).isEqualTo(ActivationState.CEASEFIRE_IN_FORCE);
		system = system.with(system.openBreachReview("shelling again", SECRETARIAT, NOW));
		ActivationChanged attack = system.determineAttack("attributed", SECRETARIAT, NOW);
		assertThat(attack.from()).isEqualTo(ActivationState.BREACH_UNDER_REVIEW);
		assertThat(attack.to()).isEqualTo(ActivationState.ATTACK_DETERMINED);
		assertThat(attack.sequence()).isEqualTo(6);
		assertThat(Transition.from(system.with(attack).state())).isEmpty();
	}

	@Test
	void refusesAMoveOutOfOrderNamingTheCurrentState() {
		GuaranteeSystem negotiation = GuaranteeSystem.initial();
		assertThatThrownBy(() -> negotiation.determineAttack("attack", SECRETARIAT, NOW)).isInstanceOfSatisfying(Conflict.class, e -> {
			assertThat(e.field()).isEqualTo("state");
			assertThat(e.getMessage()).contains("NEGOTIATION").contains("BREACH_UNDER_REVIEW");
		});
	}

	@Test
	void everyMoveStatesWhy() {
		assertThatThrownBy(() -> GuaranteeSystem.initial().declareCeasefire(" ", SECRETARIAT, NOW)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.field()).isEqualTo("reason"));
	}

	@Test
	void eachMoveNamesWhoMayMakeIt() {
		assertThat(Transition.DECLARE_CEASEFIRE.triggeredBy()).isEqualTo(Role.SECRETARIAT);
		assertThat(Transition.CEASEFIRE_ENTERS_INTO_FORCE.triggeredBy()).isEqualTo(Role.SECRETARIAT);
		assertThat(Transition.OPEN_BREACH_REVIEW.triggeredBy()).isEqualTo(Role.COMMISSION);
		assertThat(Transition.CLOSE_BREACH_REVIEW.triggeredBy()).isEqualTo(Role.COMMISSION);
		assertThat(Transition.DETERMINE_ATTACK.triggeredBy()).isEqualTo(Role.COMMISSION);
	}
}
