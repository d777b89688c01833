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
import org.reassure.coalition.internal.Sources;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.NationCode;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	CoalitionRegistry(Participants participants, Claims claims, Meetings meetings, HeadquartersRotation headquarters, ReferenceData reference,
			Sources sources, Ledger ledger, Actors actors, ApplicationEventPublisher events, Clock clock) {
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

	public List<ParticipantProfile> profiles(ParticipantFilter filter) {
		Map<String, List<Claim>> bySubject = claims.all().stream().collect(Collectors.groupingBy(Claim::subject));
		return participants.all()
			.stream()
			.map(p -> ParticipantProfile.of(p, bySubject.getOrDefault(p.code().value(), List.of())))
			.filter(filter::accepts)
			.toList();
	}

	public Optional<ParticipantProfile> profile(NationCode code) {
		return participants.find(code).map(p -> ParticipantProfile.of(p, claimsAbout(code.value())));
	}

	public boolean knows(NationCode code) {
		return participants.find(code).isPresent();
	}

	public List<Claim> claimsAbout(String subject) {
		return claims.all().stream().filter(c -> c.subject().equals(subject)).toList();
	}

	public List<Claim> claims() {
		return claims.all();
	}

	public List<Meeting> meetings() {
		return meetings.all();
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
		List<Claim> all = claims.all();
		List<Meeting> allMeetings = meetings.all();
		return sources.all().stream().map(s -> new SourceUse(s, all.stream().filter(c -> cites(c.citations(), s.id())).toList(),
				(int) allMeetings.stream().filter(m -> cites(m.citations(), s.id())).count())).toList();
	}

	@Transactional
	public Participant add(Participant participant) {
		participants.add(participant);
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
		ledger.record(LedgerEntry.of(actors.current(), "coalition.claim.recorded", claim));
		events.publishEvent(new ClaimRecorded(claim));
		return claim;
	}

	@Transactional
	public Meeting record(Meeting meeting) {
		requireKnownSources(meeting.citations());
		meetings.add(meeting);
		ledger.record(LedgerEntry.of(actors.current(), "coalition.meeting.recorded", meeting));
		events.publishEvent(new MeetingRecorded(meeting));
		return meeting;
	}

	public Claim claim(ClaimId id) {
		return claims.find(id).orElseThrow(() -> new NotFound("claim", id));
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
