package org.zhucun.scoring.template;


import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.zhucun.scoring.rules.Annex;
import org.zhucun.scoring.rules.EvidenceSource;
import org.zhucun.scoring.rules.RaterKind;
import org.zhucun.scoring.rules.RuleKind;
import org.zhucun.scoring.rules.TemplateItem;

/**
 * The stored templates (V26). A template's items never change once written, so they are cached by
 * template id; the list of templates (a handful per county) is read afresh for every resolution.
 */
@Repository
class TemplateStore {

	private final JdbcTemplate jdbc;

	private final Map<Long, List<TemplateItem>> items = new ConcurrentHashMap<>();

	TemplateStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every template without its items: (id, annex, county, from year, revision, title, note, based on, by, at). */
	List<ScoringTemplate> headers() {
		return jdbc.query("select id, annex, county_node_id, from_year, revision, title, note, based_on_id, created_by, "
				+ "created_at from scoring_template order by annex, from_year, revision", (rs, n) -> new ScoringTemplate(
						rs.getLong("id"), Annex.valueOf(rs.getString("annex")), (Long) rs.getObject("county_node_id", Long.class),
						rs.getInt("from_year"), rs.getInt("revision"), rs.getString("title"), rs.getString("note"),
						(Long) rs.getObject("based_on_id", Long.class), rs.getString("created_by"),
						rs.getTimestamp("created_at").toInstant(), List.of()));
	}

	ScoringTemplate withItems(ScoringTemplate header) {
		return new ScoringTemplate(header.id(), header.annex(), header.countyNodeId(), header.fromYear(), header.revision(),
				header.title(), header.note(), header.basedOnId(), header.createdBy(), header.createdAt(),
				items.computeIfAbsent(header.id(), this::loadItems));
	}

	private List<TemplateItem> loadItems(long templateId) {
		return jdbc.query("select code, name, maximum, rule_text, rule_kind, source, params, raters, bonus, remainder_reason "
				+ "from scoring_template_item where template_id = ? order by position", (rs, n) -> new TemplateItem(
						rs.getString("code"), rs.getString("name"), rs.getBigDecimal("maximum"), rs.getString("rule_text"),
						rs.getString("rule_kind") == null ? null : RuleKind.valueOf(rs.getString("rule_kind")),
						rs.getString("source") == null ? null : EvidenceSource.valueOf(rs.getString("source")),
						TemplateItem.parseParams(rs.getString("params")), raters(rs.getString("raters")), rs.getBoolean("bonus"),
						rs.getString("remainder_reason")),
				templateId);
	}

	int nextRevision(Annex annex, Long countyNodeId) {
		Integer max = jdbc.queryForObject("select max(revision) from scoring_template where annex = ? "
				+ "and coalesce(county_node_id, 0) = ?", Integer.class, annex.name(), countyNodeId == null ? 0L : countyNodeId);
		return max == null ? 1 : max + 1;
	}

	long insert(Annex annex, Long countyNodeId, int fromYear, int revision, String title, String note, Long basedOnId,
			String by, Instant at, List<TemplateItem> templateItems) {
		long id = jdbc.queryForObject("select nextval('scoring_seq')", Long.class);
		jdbc.update("insert into scoring_template (id, annex, county_node_id, from_year, revision, title, note, based_on_id, "
				+ "created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, annex.name(), countyNodeId, fromYear,
				revision, title, note, basedOnId, by, Timestamp.from(at));
		List<Object[]> rows = new ArrayList<>();
		int position = 0;
		for (TemplateItem i : templateItems) {
			rows.add(new Object[] { id, position++, i.code(), i.name(), i.maximum(), i.rule() == null ? "" : i.rule(),
					i.kind() == null ? null : i.kind().name(), i.source() == null ? null : i.source().name(), i.paramsText(),
					String.join(",", i.raters().stream().map(Enum::name).toList()), i.bonus(), i.remainderReason() });
		}
		jdbc.batchUpdate("insert into scoring_template_item (id, template_id, position, code, name, maximum, rule_text, "
				+ "rule_kind, source, params, raters, bonus, remainder_reason) values (nextval('scoring_seq'), ?, ?, ?, ?, ?, ?, "
				+ "?, ?, ?, ?, ?, ?)", rows);
		return id;
	}

	private static List<RaterKind> raters(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split(",")).map(String::strip).map(RaterKind::valueOf).toList();
	}


}
