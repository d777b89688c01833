package org.reassure.guarantees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.reassure.shared.Actor;
import org.reassure.shared.Conflict;

/**
 * A nation's commitment under one guarantee component, on its way from intent to force. Each move
 * returns the change to store and publish; an illegal move is refused naming the current status.
 */
public record Commitment(CommitmentId id, CommitmentTerms terms, CommitmentStatus status, long version) {

	public Commitment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(terms, "terms");
		Objects.requireNonNull(status, "status");
	}

	public static Commitment intent(CommitmentTerms terms) {
		return new Commitment(CommitmentId.next(), terms, CommitmentStatus.INTENT, 0);
	}

	public CommitmentStatusChanged recorded(Actor by, Instant at) {
		return new CommitmentStatusChanged(id, terms.nation(), terms.component(), null, status, by.user(), at, null);
	}

	public CommitmentStatusChanged approveByGovernment(Actor by, Instant at, String note) {
		return move("approve by the government", CommitmentStatus.INTENT, CommitmentStatus.GOVERNMENT_APPROVED, by, at, note);
	}

	public CommitmentStatusChanged approveByParliament(Actor by, Instant at, String note) {
		return move("approve by parliament", CommitmentStatus.GOVERNMENT_APPROVED, CommitmentStatus.PARLIAMENT_APPROVED, by, at, note);
	}

	/**
	 * Puts the commitment in force once parliament approved it, or straight after the government's
	 * approval where no parliamentary vote is needed.
	 */
	public CommitmentStatusChanged enterIntoForce(RatificationRoute route, Actor by, Instant at, String note) {
		if (status == CommitmentStatus.GOVERNMENT_APPROVED && !parliamentMustVote(route)) {
			return change(CommitmentStatus.IN_FORCE, by, at, note);
		}
		if (status == CommitmentStatus.GOVERNMENT_APPROVED) {
			throw new Conflict("status", "cannot put commitment " + id + " in force: it is GOVERNMENT_APPROVED and its parliament must approve it first");
		}
		return move("put in force", CommitmentStatus.PARLIAMENT_APPROVED, CommitmentStatus.IN_FORCE, by, at, note);
	}

	public CommitmentStatusChanged withdraw(Actor by, Instant at, String note) {
		if (status == CommitmentStatus.WITHDRAWN) {
			throw new Conflict("status", "cannot withdraw commitment " + id + ": it is already WITHDRAWN");
		}
		return change(CommitmentStatus.WITHDRAWN, by, at, note);
	}

	/** Whether, if a ceasefire were declared on that day, the commitment could be acted on without any further approval. */
	public Readiness readiness(RatificationRoute route, LocalDate day) {
		if (status == CommitmentStatus.WITHDRAWN) {
			return Readiness.WITHDRAWN;
		}
		if (terms.span().isOver(day)) {
			return Readiness.EXPIRED;
		}
		return switch (status) {
			case IN_FORCE, PARLIAMENT_APPROVED -> Readiness.READY;
			case GOVERNMENT_APPROVED -> parliamentMustVote(route) ? Readiness.AWAITS_PARLIAMENT : Readiness.READY;
			default -> Readiness.AWAITS_GOVERNMENT;
		};
	}

	/** A vote is needed when the nation's route requires one (or is not documented yet) or the nation made the commitment subject to it. */
	public boolean parliamentMustVote(RatificationRoute route) {
		return route.parliamentMustVote() || terms.subjectToParliament();
	}

	public Commitment with(CommitmentStatusChanged change) {
		return new Commitment(id, terms, change.to(), version + 1);
	}

	private CommitmentStatusChanged move(String what, CommitmentStatus expected, CommitmentStatus next, Actor by, Instant at, String note) {
		if (status != expected) {
			throw new Conflict("status", "cannot " + what + " commitment " + id + ": it is " + status + ", and only a " + expected + " commitment can be");
		}
		return change(next, by, at, note);
	}

	private CommitmentStatusChanged change(CommitmentStatus next, Actor by, Instant at, String note) {
		return new CommitmentStatusChanged(id, terms.nation(), terms.component(), status, next, by.user(), at, note);
	}
}
