package org.reassure.guarantees;

import java.util.List;
import java.util.Map;

import org.reassure.access.Actors;
import org.reassure.guarantees.internal.PeacePlans;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.NationCode;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The peace plans under negotiation: the secretariat records their points, each point's status,
 * each party's position and how the point stands against the coalition's red lines.
 */
@Service
public class PeacePlanTracker {

	private final PeacePlans plans;
	private final Ledger ledger;
	private final Actors actors;
	private final ApplicationEventPublisher events;

	PeacePlanTracker(PeacePlans plans, Ledger ledger, Actors actors, ApplicationEventPublisher events) {
		this.plans = plans;
		this.ledger = ledger;
		this.actors = actors;
		this.events = events;
	}

	public List<PeacePlan> all() {
		return plans.ids().stream().map(this::plan).toList();
	}

	public PeacePlan plan(String id) {
		return plans.find(id).orElseThrow(() -> new NotFound("peace plan", id));
	}

	@Transactional
	public PlanPoint addPoint(String planId, String title, String text) {
		PeacePlan plan = plan(planId);
		PlanPoint point = new PlanPoint(plan.nextPointNumber(), title, text, PlanPoint.Status.OPEN, Map.of(), Map.of());
		plans.addPoint(planId, point);
		return recorded(planId, point, "guarantees.peace-plan.point-added");
	}

	/**
	 * Revises a point in one go: its status, the positions of the parties named, and, when given,
	 * its whole red-line assessment (the lines it touches, each respected or crossed). A part left
	 * null stays as it was.
	 */
	@Transactional
	public PlanPoint revisePoint(String planId, int number, PlanPoint.Status status, Map<NationCode, PlanPoint.Position> positions,
			Map<RedLine, PlanPoint.Assessment> redLines) {
		PeacePlan plan = plan(planId);
		PlanPoint point = plan.point(number);
		if (status != null) {
			point = point.withStatus(status);
		}
		if (positions != null) {
			for (Map.Entry<NationCode, PlanPoint.Position> position : positions.entrySet()) {
				plan.requireParty(position.getKey());
				if (position.getValue() == null) {
					throw new RuleViolation("positions", "required", "a position is ACCEPTS, RESERVED or REJECTS");
				}
				point = point.withPosition(position.getKey(), position.getValue());
			}
		}
		if (redLines != null) {
			point = point.withRedLines(redLines);
		}
		return update(planId, point, "guarantees.peace-plan.point-revised");
	}

	private PlanPoint update(String planId, PlanPoint point, String action) {
		plans.updatePoint(planId, point);
		return recorded(planId, point, action);
	}

	private PlanPoint recorded(String planId, PlanPoint point, String action) {
		PeacePlanChanged change = new PeacePlanChanged(planId, point);
		ledger.record(LedgerEntry.of(actors.current(), action, change));
		events.publishEvent(change);
		return point;
	}
}
