package org.zhucun.evidence.record;

import java.math.BigDecimal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhucun.common.security.ActingAs;
import org.zhucun.evidence.EvidenceKind;
import org.zhucun.evidence.EvidenceLevel;
import org.zhucun.evidence.FundSource;

/**
 * Demo profile only: the bonus evidence of 沙湖县财政局's team in 石嘴村, entered by caizheng-dw: a city
 * newspaper's report verified by 月牙湖乡党委, a regional one still pending; funds secured from the
 * unit's own funds (verified, counts) and from a line department (verified, recorded but never counts).
 */
@Component
@Profile("demo")
@Order(21)
class DemoEvidenceSeeder implements ApplicationRunner {

	private static final String VILLAGE = "641101001001";

	private static final Logger log = LoggerFactory.getLogger(DemoEvidenceSeeder.class);

	private final EvidenceService service;

	private final EvidenceRepository evidence;

	private final ActingAs acting;

	DemoEvidenceSeeder(EvidenceService service, EvidenceRepository evidence, ActingAs acting) {
		this.service = service;
		this.evidence = evidence;
		this.acting = acting;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (evidence.count() > 0) {
			return;
		}
		var day = service.today().minusMonths(2);
		var cityReport = enter(new EvidenceCommand(EvidenceKind.MEDIA, VILLAGE, null, EvidenceLevel.CITY, day,
				"《银川日报》：石嘴村驻村工作队帮助村民发展枸杞产业", "https://example.gov.cn/news/shizuicun-gouqi", null, null),
				new EvidenceService.Upload("yinchuan-ribao.pdf", SCAN));
		enter(new EvidenceCommand(EvidenceKind.MEDIA, VILLAGE, null, EvidenceLevel.REGION, day.plusDays(10),
				"《宁夏日报》：第一书记的民情日记", "https://example.gov.cn/news/minqing-riji", null, null));
		var own = enter(new EvidenceCommand(EvidenceKind.FUNDS, VILLAGE, null, null, day.minusMonths(1),
				"沙湖县财政局自有资金支持村道硬化", null, new BigDecimal("200000.00"), FundSource.UNIT_OWN_FUNDS));
		var line = enter(new EvidenceCommand(EvidenceKind.FUNDS, VILLAGE, null, null, day.minusMonths(1),
				"县交通运输局农村公路项目资金", null, new BigDecimal("500000.00"), FundSource.LINE_DEPARTMENT_FUNDS));
		acting.as("yueyahu-xz", () -> {
			service.verify(cityReport.getId());
			service.verify(own.getId());
			return service.verify(line.getId());
		});
		log.info("Demo bonus evidence loaded for 石嘴村");
	}

	/** A tiny PDF standing in for the scanned newspaper page. */
	static final byte[] SCAN = ("%PDF-1.4\n% Yinchuan Daily scan, Shizuicun work team\n1 0 obj <</Type /Catalog>> endobj\n"
			+ "trailer <</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private Evidence enter(EvidenceCommand command) {
		return enter(command, null);
	}

	private Evidence enter(EvidenceCommand command, EvidenceService.Upload scan) {
		return acting.as("caizheng-dw", () -> service.enter(command, scan));
	}

}
