package org.reassure.guarantees.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.reassure.coalition.Citation;
import org.reassure.guarantees.PeacePlan;
import org.reassure.guarantees.PlanPoint;
import org.reassure.guarantees.RedLine;
import org.reassure.guarantees.internal.GuaranteeCitations.Owner;
import org.reassure.shared.NationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Peace plans, their points and what the parties reported about them.
 */
@Repository
public class PeacePlans {

	private final JdbcClient jdbc;
	private final GuaranteeCitations citations;

	PeacePlans(JdbcClient jdbc, GuaranteeCitations citations) {
		this.jdbc = jdbc;
		this.citations = citations;
	}

	public boolean exists(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM peace_plans WHERE id = ?").param(id).query(Integer.class).single() > 0;
	}

	public void add(PeacePlan plan) {
		jdbc.sql("INSERT INTO peace_plans (id, title_en, title_fr, parties, note_en, note_fr) VALUES (?, ?, ?, ?, ?, ?)")
			.params(plan.id(), plan.titleEn(), plan.titleFr(), plan.parties().stream().map(NationCode::value).collect(Collectors.joining(",")),
					plan.noteEn(), plan.noteFr())
			.update();
		citations.add(Owner.PLAN, plan.id(), plan.citations());
		for (int i = 0; i < plan.reported().size(); i++) {
			PeacePlan.ReportedProgress r = plan.reported().get(i);
			jdbc.sql("INSERT INTO peace_plan_reports (plan_id, ordinal, party, statement_en, statement_fr) VALUES (?, ?, ?, ?, ?)")
				.params(plan.id(), i, r.party().value(), r.statementEn(), r.statementFr())
				.update();
			citations.add(Owner.PLAN_REPORT, GuaranteeCitations.key(plan.id(), String.valueOf(i)), r.citations());
		}
		plan.points().forEach(p -> addPoint(plan.id(), p));
	}

	public void addPoint(String planId, PlanPoint p) {
		jdbc.sql("INSERT INTO peace_plan_points (plan_id, number, title, point_text, status, positions, red_lines) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(planId, p.number(), p.title(), p.text(), p.status().name(), encode(p.positions(), NationCode::value), encode(p.redLines(), RedLine::name))
			.update();
	}

	public void updatePoint(String planId, PlanPoint p) {
		jdbc.sql("UPDATE peace_plan_points SET status = ?, positions = ?, red_lines = ? WHERE plan_id = ? AND number = ?")
			.params(p.status().name(), encode(p.positions(), NationCode::value), encode(p.redLines(), RedLine::name), planId, p.number())
			.update();
	}

	public List<String> ids() {
		return jdbc.sql("SELECT id FROM peace_plans ORDER BY id").query(String.class).list();
	}

	public Optional<PeacePlan> find(String id) {
		Map<String, List<Citation>> cited = citations.all(Owner.PLAN_REPORT);
		List<Citation> planCitations = citations.all(Owner.PLAN).getOrDefault(id, List.of());
		List<PeacePlan.ReportedProgress> reported = jdbc.sql("SELECT ordinal, party, statement_en, statement_fr FROM peace_plan_reports WHERE plan_id = ? ORDER BY ordinal")
			.param(id)
			.query((rs, n) -> new PeacePlan.ReportedProgress(new NationCode(rs.getString(2)), rs.getString(3), rs.getString(4),
					cited.getOrDefault(GuaranteeCitations.key(id, rs.getString(1)), List.of())))
			.list();
		List<PlanPoint> points = jdbc.sql("SELECT number, title, point_text, status, positions, red_lines FROM peace_plan_points WHERE plan_id = ? ORDER BY number")
			.param(id)
			.query((rs, n) -> new PlanPoint(rs.getInt(1), rs.getString(2), rs.getString(3), PlanPoint.Status.valueOf(rs.getString(4)),
					positions(rs.getString(5)), redLines(rs.getString(6))))
			.list();
		return jdbc.sql("SELECT id, title_en, title_fr, parties, note_en, note_fr FROM peace_plans WHERE id = ?")
			.param(id)
			.query((rs, n) -> new PeacePlan(rs.getString(1), rs.getString(2), rs.getString(3),
					Arrays.stream(rs.getString(4).split(",")).filter(s -> !s.isEmpty()).map(NationCode::new).toList(), rs.getString(5), rs.getString(6),
					planCitations, points, reported))
			.optional();
	}

	private static <K> String encode(Map<K, ? extends Enum<?>> map, Function<K, String> key) {
		return map.entrySet().stream().map(e -> key.apply(e.getKey()) + ":" + e.getValue().name()).collect(Collectors.joining(";"));
	}

	private static Map<NationCode, PlanPoint.Position> positions(String text) {
		Map<NationCode, PlanPoint.Position> positions = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
		pairs(text).forEach(p -> positions.put(new NationCode(p[0]), PlanPoint.Position.valueOf(p[1])));
		return positions;
	}

	private static Map<RedLine, PlanPoint.Assessment> redLines(String text) {
		Map<RedLine, PlanPoint.Assessment> lines = new EnumMap<>(RedLine.class);
		pairs(text).forEach(p -> lines.put(RedLine.valueOf(p[0]), PlanPoint.Assessment.valueOf(p[1])));
		return lines;
	}

	private static List<String[]> pairs(String text) {
		return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split(";")).map(p -> p.split(":", 2)).toList();
	}
}
