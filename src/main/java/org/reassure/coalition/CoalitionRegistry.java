package org.reassure.coalition;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.reassure.access.Actors;
import org.reassure.coalition.internal.Claims;
import org.reassure.coalition.internal.HeadquartersRotation;
import org.reassure.coalition.internal.Meetings;
import org.reassure.coalition.internal.Participants;
import org.reassure.coalition.internal.ReferenceData;
import org.reassure.coalition.internal.Revisions;
import org.reassure.coalition.internal.Sources;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.NationCode;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The coalition registry: who is in it according to which source, its meetings, headquarters and
 * reference data. Every write is one transaction with its ledger entry.
 */
@Service
public class CoalitionRegistry {

	private final Participants participants;
	private final Claims claims;
	private final Meetings meetings;
	private final HeadquartersRotation headquarters;
	private final ReferenceData reference;
	private final Sources sources;
	private final Ledger ledger;
	private final Actors actors;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Revisions revisions;
	private volatile Snapshot cached;

	CoalitionRegistry(Participants participants, Claims claims, Meetings meetings, HeadquartersRotation headquarters, ReferenceData reference,
			Sources sources, Ledger ledger, Actors actors, ApplicationEventPublisher events, Clock clock, Revisions revisions) {
		this.revisions = revisions;
		this.participants = participants;
		this.claims = claims;
		this.meetings = meetings;
		this.headquarters = headquarters;
		this.reference = reference;
		this.sources = sources;
		this.ledger = ledger;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** Moves with every write to the registry, in this instance or another sharing the database. */
	public long revision() {
		return revisions.current();
	}

	public List<ParticipantProfile> profiles(ParticipantFilter filter) {
		return snapshot().profiles().stream().filter(filter::accepts).toList();
	}

	public Optional<ParticipantProfile> profile(NationCode code) {
		return snapshot().profiles().stream().filter(p -> p.participant().code().equals(code)).findFirst();
	}

	public boolean knows(NationCode code) {
		return profile(code).isPresent();
	}

	public List<Claim> claimsAbout(String subject) {
		return snapshot().claims().stream().filter(c -> c.subject().equals(subject)).toList();
	}

	public List<Claim> claims() {
		return snapshot().claims();
	}

	public List<Meeting> meetings() {
		return snapshot().meetings();
	}

	public Optional<Meeting> meeting(String id) {
		return meetings.find(id);
	}

	public List<Headquarters> headquarters() {
		return headquarters.all();
	}

	public List<ReferenceItem> reference() {
		return reference.all();
	}

	public List<Source> sources() {
		return sources.all();
	}

	public List<SourceUse> sourceUses() {
		List<Claim> all = claims();
		List<Meeting> allMeetings = meetings();
		return sources.all().stream().map(s -> new SourceUse(s, all.stream().filter(c -> cites(c.citations(), s.id())).toList(),
				(int) allMeetings.stream().filter(m -> cites(m.citations(), s.id())).count())).toList();
	}

	@Transactional
	public Participant add(Participant participant) {
		participants.add(participant);
		revisions.bump();
		ledger.record(LedgerEntry.of(actors.current(), "coalition.participant.added", participant));
		events.publishEvent(new ParticipantAdded(participant));
		return participant;
	}

	@Transactional
	public Claim record(Claim claim) {
		requireKnownSources(claim.citations());
		if (!claim.isAboutCoalition() && participants.find(new NationCode(claim.subject())).isEmpty()) {
			throw new RuleViolation("subject", "known", "the subject must be 'coalition' or a known participant code, was: " + claim.subject());
		}
		claims.add(claim, actors.current(), clock.millis());
		revisions.bump();
		ledger.record(LedgerEntry.of(actors.current(), "coalition.claim.recorded", claim));
		events.publishEvent(new ClaimRecorded(claim));
		return claim;
	}

	@Transactional
	public Meeting record(Meeting meeting) {
		requireKnownSources(meeting.citations());
		meetings.add(meeting);
		revisions.bump();
		ledger.record(LedgerEntry.of(actors.current(), "coalition.meeting.recorded", meeting));
		events.publishEvent(new MeetingRecorded(meeting));
		return meeting;
	}

	public Claim claim(ClaimId id) {
		return claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("claim", id));
	}

	/** What the registry derives from its tables, recomputed only when a write moved the revision. */
	private Snapshot snapshot() {
		long revision = revisions.current();
		Snapshot current = cached;
		if (current != null && current.revision() == revision) {
			return current;
		}
		List<Claim> allClaims = claims.all();
		Map<String, List<Claim>> bySubject = allClaims.stream().collect(Collectors.groupingBy(Claim::subject));
		List<ParticipantProfile> profiles = participants.all()
			.stream()
			.map(p -> ParticipantProfile.of(p, bySubject.getOrDefault(p.code().value(), List.of())))
			.toList();
		Snapshot fresh = new Snapshot(revision, profiles, allClaims, meetings.all());
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			// inside a transaction the revision may belong to a write that still rolls back
			cached = fresh;
		}
		return fresh;
	}

	private record Snapshot(long revision, List<ParticipantProfile> profiles, List<Claim> claims, List<Meeting> meetings) {
	}

	private void requireKnownSources(List<Citation> citations) {
		citations.stream()
			.map(Citation::source)
			.filter(s -> !sources.exists(s))
			.findFirst()
			.ifPresent(s -> {
				throw new RuleViolation("citations.source", "known", "unknown source '" + s + "'; known sources: "
						+ sources.all().stream().map(x -> x.id().value()).sorted(Comparator.naturalOrder()).toList());
			});
	}

	private static boolean cites(List<Citation> citations, SourceId source) {
		return citations.stream().anyMatch(c -> c.source().equals(source));
	}
}
