package org.zhucun.organisation.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.organisation.OfficeKind;
import org.zhucun.organisation.UnitType;
import org.zhucun.organisation.office.OfficeCommand;
import org.zhucun.organisation.office.OfficeService;
import org.zhucun.organisation.tree.NodeCommand;
import org.zhucun.organisation.tree.OrgTreeService;
import org.zhucun.organisation.unit.DispatchingUnitService;
import org.zhucun.organisation.unit.UnitCommand;

/**
 * Demo profile only: a fictional region with 2 cities, 3 counties, 10 townships and 40 villages at
 * real-looking places in Ningxia, dispatching units of every type and level, and the offices of
 * ORG-4. Loaded once, through the same services (and rules) as a user's input.
 */
@Component
@Profile("demo")
@Order(1)
class DemoOrganisationSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisationSeeder.class);

	static final String REGION_CODE = "640000";

	private static final List<String> VILLAGE_NAMES = List.of("东风村", "红星村", "团结村", "新华村", "永丰村", "和平村", "光明村",
			"胜利村", "幸福村", "前进村", "民乐村", "丰收村", "新庄村", "王洼村", "李岗村", "马场村", "杨家村", "沙渠村", "高台村", "河东村", "柳湾村",
			"杏花村", "红崖村", "金星村", "龙泉村", "石嘴村", "黄渠村", "新民村", "长胜村", "碱滩村", "富民村", "联合村", "双庙村", "南梁村", "北塬村",
			"大湾村", "小口村", "羊圈村", "水泉村", "上滩村");

	private final OrgTreeService tree;

	private final DispatchingUnitService units;

	private final OfficeService offices;

	private final TransactionTemplate transaction;

	DemoOrganisationSeeder(OrgTreeService tree, DispatchingUnitService units, OfficeService offices,
			TransactionTemplate transaction) {
		this.tree = tree;
		this.units = units;
		this.offices = offices;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemContext.run("demo-organisation", () -> transaction.executeWithoutResult(status -> {
			if (tree.findVisibleByCode(REGION_CODE).isPresent()) {
				return;
			}
			seed();
			log.info("Demo organisation loaded: region {}", REGION_CODE);
		}));
	}

	private void seed() {
		node(REGION_CODE, "宁夏回族自治区（演示）", null);
		officesOf(REGION_CODE, "自治区");
		// city, counties; each county: townships with a centre (lat, lon)
		city("641100", "贺兰山市", List.of(
				county("641101", "沙湖县", new Township("641101001", "月牙湖乡", 38.79, 106.52),
						new Township("641101002", "镇北堡镇", 38.62, 106.08),
						new Township("641101003", "通贵乡", 38.55, 106.45),
						new Township("641101004", "金沙乡", 38.70, 106.33)),
				county("641102", "黄河县", new Township("641102001", "叶盛镇", 38.18, 106.22),
						new Township("641102002", "瞿靖镇", 38.11, 106.19),
						new Township("641102003", "邵岗镇", 38.04, 106.10))));
		city("641200", "六盘山市", List.of(county("641201", "清水河县",
				new Township("641201001", "三营镇", 36.20, 106.18), new Township("641201002", "张易镇", 35.88, 106.12),
				new Township("641201003", "红庄乡", 35.96, 106.40))));
		seedUnits();
	}

	private void city(String code, String name, List<County> counties) {
		node(code, name, REGION_CODE);
		officesOf(code, name);
		int village = 0;
		for (County county : counties) {
			node(county.code(), county.name(), code);
			officesOf(county.code(), county.name());
			for (Township township : county.townships()) {
				node(township.code(), township.name(), county.code());
				office(township.code() + "-DW", township.name() + "党委", OfficeKind.TOWNSHIP_PARTY_COMMITTEE, township.code());
				for (int i = 1; i <= 4; i++) {
					int index = Math.floorMod(code.hashCode() + township.code().hashCode() + i, VILLAGE_NAMES.size());
					String villageCode = township.code() + String.format("%03d", i);
					String villageName = VILLAGE_NAMES.get((index + village++) % VILLAGE_NAMES.size());
					BigDecimal lat = BigDecimal.valueOf(township.lat() + 0.013 * i - 0.02).setScale(6, RoundingMode.HALF_UP);
					BigDecimal lon = BigDecimal.valueOf(township.lon() + 0.017 * (i % 3) - 0.01).setScale(6, RoundingMode.HALF_UP);
					// villages 1-3 are flagged and may receive personnel; village 4 is not (ORG-2)
					boolean poor = i <= 2;
					boolean weak = i == 2 || i == 3;
					tree.create(new NodeCommand(villageCode, villageName, township.code(), poor, weak, lat, lon, 500,
							800 + 137 * i + Math.floorMod(villageCode.hashCode(), 900), null));
					office(villageCode + "-DZB", township.name() + villageName + "党支部", OfficeKind.VILLAGE_PARTY_BRANCH,
							villageCode);
				}
			}
		}
	}

	private void seedUnits() {
		unit("U6400-01", "自治区党委宣传部", UnitType.PARTY_MASS_ORGANISATION, REGION_CODE);
		unit("U6400-02", "自治区农业农村厅", UnitType.GOVERNMENT_DEPARTMENT, REGION_CODE);
		unit("U6400-03", "自治区广播电视台", UnitType.PUBLIC_INSTITUTION, REGION_CODE);
		unit("U6400-04", "宁夏农村商业银行（演示）", UnitType.ENTERPRISE, REGION_CODE);
		unit("U6400-05", "自治区农林科学院", UnitType.RESEARCH_OR_EDUCATION, REGION_CODE);
		unit("U6400-06", "国家统计局宁夏调查总队", UnitType.CENTRAL_AGENCY, REGION_CODE);
		unit("U6411-01", "贺兰山市妇联", UnitType.PARTY_MASS_ORGANISATION, "641100");
		unit("U6411-02", "贺兰山市水务局", UnitType.GOVERNMENT_DEPARTMENT, "641100");
		unit("U6411-03", "贺兰山市第一人民医院", UnitType.PUBLIC_INSTITUTION, "641100");
		unit("U6412-01", "六盘山市交通运输局", UnitType.GOVERNMENT_DEPARTMENT, "641200");
		unit("U6412-02", "六盘山职业技术学院", UnitType.RESEARCH_OR_EDUCATION, "641200");
		unit("U641101-01", "沙湖县财政局", UnitType.GOVERNMENT_DEPARTMENT, "641101");
		unit("U641101-02", "沙湖县团委", UnitType.PARTY_MASS_ORGANISATION, "641101");
		unit("U641102-01", "黄河县农业技术推广中心", UnitType.PUBLIC_INSTITUTION, "641102");
		unit("U641102-02", "黄河县供电公司", UnitType.ENTERPRISE, "641102");
		unit("U641201-01", "清水河县教育局", UnitType.GOVERNMENT_DEPARTMENT, "641201");
	}

	private void unit(String code, String name, UnitType type, String ownerCode) {
		units.create(new UnitCommand(code, name, type, ownerCode, null));
		offices.create(new OfficeCommand(code + "-OFFICE", name, OfficeKind.DISPATCHING_UNIT, code));
	}

	private void node(String code, String name, String parentCode) {
		tree.create(new NodeCommand(code, name, parentCode, false, false, null, null, null, null, null));
	}

	private void officesOf(String code, String name) {
		boolean region = code.equals(REGION_CODE);
		String prefix = region ? "自治区" : name;
		office(code + "-ZZB", prefix + (region ? "党委组织部" : "委组织部"), OfficeKind.ORGANISATION_DEPARTMENT, code);
		office(code + "-NB", prefix + "农办", OfficeKind.RURAL_WORK_OFFICE, code);
		office(code + "-FPB", prefix + "扶贫办", OfficeKind.POVERTY_ALLEVIATION_OFFICE, code);
	}

	private void office(String code, String name, OfficeKind kind, String placeCode) {
		offices.create(new OfficeCommand(code, name, kind, placeCode));
	}

	private static County county(String code, String name, Township... townships) {
		return new County(code, name, List.of(townships));
	}

	private record County(String code, String name, List<Township> townships) {
	}

	private record Township(String code, String name, double lat, double lon) {
	}

}
