package org.zhucun.worklog.log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.personnel.ActivePostings.ActivePosting;
import org.zhucun.worklog.rules.LogKind;
import org.zhucun.worklog.rules.Quarter;

/**
 * Demo profile only (LOG-1/2): a dozen log entries of the people of 石嘴村 (王建国, 李振华, 王秀英)
 * over the last ten weeks — work, study and 民情日记, one of them corrected (更正), the newest of
 * 王建国's written an hour ago and so still editable — and one quarterly review of 李振华's log by
 * 月牙湖乡党委, published (通报). Written with the times they would have had, so all but the newest are locked.
 */
@Component
@Profile("demo")
@Order(20)
class DemoWorklogSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWorklogSeeder.class);

	/** What the cross-scope suite looks for in 李振华's log: only his scope may read it. */
	static final String LI_SECRET = "走访脱贫监测户马德福家";

	/** A one-page PDF attached to 李振华's first diary entry; the cross-scope suite looks for its marker. */
	static final byte[] LI_ATTACHMENT = ("%PDF-1.4\n% visit record MADEFU-VISIT-2026\n1 0 obj << /Type /Catalog >> endobj\n"
			+ "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final LogEntryRepository entries;

	private final org.zhucun.document.Documents documents;

	private final LogReviewRepository reviews;

	private final ActivePostings postings;

	private final OrganisationDirectory organisation;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoWorklogSeeder(LogEntryRepository entries, LogReviewRepository reviews, ActivePostings postings,
			OrganisationDirectory organisation, TransactionTemplate transaction, Clock clock,
			org.zhucun.document.Documents documents) {
		this.entries = entries;
		this.documents = documents;
		this.reviews = reviews;
		this.postings = postings;
		this.organisation = organisation;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			if (entries.count() > 0) {
				return;
			}
			Map<String, ActivePosting> people = organisation.villageByCode("641101001001")
				.map(v -> postings.inVillages(java.util.Set.of(v.id())))
				.orElse(List.of())
				.stream()
				.collect(Collectors.toMap(ActivePosting::personName, p -> p, (a, b) -> a));
			ActivePosting wang = people.get("王建国");
			ActivePosting li = people.get("李振华");
			ActivePosting xiu = people.get("王秀英");
			if (wang == null || li == null || xiu == null) {
				log.info("Demo work log skipped: the demo people of 石嘴村 are missing");
				return;
			}
			Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
			LogEntry visit = add(li, LogKind.DIARY, now, 70, LI_SECRET + "，了解到其子在银川务工收入稳定，老人慢性病用药已纳入报销。");
			visit.attach(documents.store("走访记录.pdf", LI_ATTACHMENT).id(), visit.getCreatedAt());
			add(wang, LogKind.WORK, now, 66, "组织村“两委”班子召开会议，研究冬季枸杞园管护和村集体经济合作社分红方案。");
			add(xiu, LogKind.STUDY, now, 61, "参加乡党委组织的学习，学习乡村振兴政策文件，做了笔记并在村党员大会上传达。");
			add(li, LogKind.WORK, now, 54, "协调县农业农村局技术员到村，为12户种植户讲解滴灌设备维护。");
			add(wang, LogKind.DIARY, now, 47, "入户走访6户独居老人，检查冬季取暖和用电安全，为两户更换了老化电线。");
			LogEntry wrong = add(wang, LogKind.WORK, now, 40, "召开党员大会，传达学习上级会议精神，到会党员28名。");
			add(xiu, LogKind.DIARY, now, 33, "村民反映村东头道路积水，已记录并报乡政府，约定下周现场查看。");
			add(li, LogKind.STUDY, now, 26, "参加派出单位组织的线上培训“驻村工作方法与群众工作”。");
			add(wang, LogKind.WORK, now, 25, "更正：党员大会到会党员为26名（原记28名有误），另有2名党员请假。", wrong.getId());
			add(li, LogKind.DIARY, now, 12, "与村监委会一起核对低保公示名单，收集到群众意见3条，已转村“两委”研究。");
			add(wang, LogKind.STUDY, now, 5, "学习《中国共产党农村基层组织工作条例》，撰写学习体会。");
			LogEntry fresh = new LogEntry(wang, wang.villageName(), LogKind.WORK, LocalDate.now(clock.withZone(WorklogService.CHINA)),
					"到村合作社查看冬储马铃薯入库情况，与合作社负责人商定春播种薯采购计划。", null, null, wang.personName(),
					now.minus(Duration.ofHours(1)));
			entries.save(fresh);
			Quarter previous = Quarter.of(LocalDate.now(clock.withZone(WorklogService.CHINA))).previous();
			LogReview review = new LogReview(li, previous, "日志记录真实、具体，民情日记能反映群众实际困难并跟踪落实；"
					+ "建议进一步记录问题办理结果。", "月牙湖乡党委", now.minus(Duration.ofDays(20)));
			review.publish("月牙湖乡党委", now.minus(Duration.ofDays(19)));
			reviews.save(review);
			log.info("Demo work log loaded: {} entries of 石嘴村, 1 published review", entries.count());
		});
	}

	private LogEntry add(ActivePosting person, LogKind kind, Instant now, int daysAgo, String text) {
		return add(person, kind, now, daysAgo, text, null);
	}

	private LogEntry add(ActivePosting person, LogKind kind, Instant now, int daysAgo, String text, Long corrects) {
		Instant written = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(3));
		LocalDate day = written.atZone(WorklogService.CHINA).toLocalDate();
		return entries.save(new LogEntry(person, person.villageName(), kind, day, text, corrects, null, person.personName(), written));
	}

}
