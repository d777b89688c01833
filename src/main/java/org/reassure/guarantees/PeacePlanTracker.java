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
	private final GuaranteesDataset dataset;
	private final Ledger ledger;
	private final Actors actors;
	private final ApplicationEventPublisher events;

	PeacePlanTracker(PeacePlans plans, GuaranteesDataset dataset, Ledger ledger, Actors actors, ApplicationEventPublisher events) {
		this.plans = plans;
		this.dataset = dataset;
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

	public List<RedLineReference> redLines() {
		return dataset.redLines();
	}

	@Transactional
	public PlanPoint addPoint(String planId, String title, String text) {
		PeacePlan plan = plan(planId);
		PlanPoint point = new PlanPoint(plan.nextPointNumber(), title, text, PlanPoint.Status.OPEN, Map.of(), Map.of());
		plans.addPoint(planId, point);
		return recorded(planId, point, "guarantees.peace-plan.point-added");
	}

	@Transactional
	public PlanPoint changeStatus(String planId, int number, PlanPoint.Status status) {
		if (status == null) {
			throw new RuleViolation("status", "required", "a point is AGREED, OPEN or REJECTED");
		}
		return update(planId, plan(planId).point(number).withStatus(status), "guarantees.peace-plan.status-changed");
	}

	@Transactional
	public PlanPoint recordPosition(String planId, int number, NationCode party, PlanPoint.Position position) {
		PeacePlan plan = plan(planId);
		plan.requireParty(party);
		if (position == null) {
			throw new RuleViolation("position", "required", "a position is ACCEPTS, RESERVED or REJECTS");
		}
		return update(planId, plan.point(number).withPosition(party, position), "guarantees.peace-plan.position-recorded");
	}

	/** Replaces the point's red-line assessment: the lines it touches, each respected or crossed. */
	@Transactional
	public PlanPoint assessRedLines(String planId, int number, Map<RedLine, PlanPoint.Assessment> assessments) {
		return update(planId, plan(planId).point(number).withRedLines(assessments), "guarantees.peace-plan.red-lines-assessed");
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
