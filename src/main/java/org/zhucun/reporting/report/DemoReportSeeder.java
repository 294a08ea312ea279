package org.zhucun.reporting.report;

import java.time.LocalDate;
import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.ActivePostings;
import org.zhucun.personnel.ActivePostings.ActivePosting;
import org.zhucun.reporting.meeting.MeetingCommand;
import org.zhucun.reporting.meeting.MeetingService;
import org.zhucun.reporting.rules.ReportKind;
import org.zhucun.reporting.support.ReportingActor;

/**
 * Demo profile only: reports of people of 石嘴村 who have no account of their own, stored as if
 * submitted on paper days (REP-1, REP-5), and the township's hearing of October (REP-4):
 * <ul>
 * <li>李振华's quarterly report on the third quarter of 2026, submitted on 9 October (on time), received by
 * 月牙湖乡党委 and not yet by 沙湖县财政局;</li>
 * <li>王秀英's semi-annual written report of 2026, submitted on 24 June — late (due 20 June);</li>
 * <li>月牙湖乡党委's hearing of the first secretaries on 28 October 2026.</li>
 * </ul>
 */
@Component
@Profile("demo")
@Order(20)
class DemoReportSeeder implements ApplicationRunner {

	/** What only the scope of 沙湖县/月牙湖乡/沙湖县财政局 may read (the cross-scope probes look for it). */
	static final String LI_REPORT_TEXT = "村集体经济合作社枸杞分红方案已经村民代表会议通过";

	private static final Logger log = LoggerFactory.getLogger(DemoReportSeeder.class);

	private final ReportService service;

	private final ReportRepository reports;

	private final ReportRecipientRepository recipients;

	private final MeetingService meetings;

	private final ActivePostings postings;

	private final OrganisationDirectory organisation;

	private final UserDetailsService accounts;

	private final org.zhucun.document.Documents documents;

	DemoReportSeeder(org.zhucun.document.Documents documents, ReportService service, ReportRepository reports, ReportRecipientRepository recipients,
			MeetingService meetings, ActivePostings postings, OrganisationDirectory organisation,
			UserDetailsService accounts) {
		this.documents = documents;
		this.service = service;
		this.reports = reports;
		this.recipients = recipients;
		this.meetings = meetings;
		this.postings = postings;
		this.organisation = organisation;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!service.isEmpty()) {
			return;
		}
		ActivePosting li = posting("李振华");
		ActivePosting wang = posting("王秀英");
		if (li == null || wang == null) {
			log.info("Demo reports skipped: the demo people are missing");
			return;
		}
		Report quarterly = store(li, ReportKind.QUARTERLY, 2026, 3, "2026年第三季度驻村工作报告",
				"一、本季度走访农户86户。二、" + LI_REPORT_TEXT + "。三、下季度计划：完成冬季供暖排查。",
				LocalDate.of(2026, 10, 9), "月牙湖乡党委", null);
		store(wang, ReportKind.SEMI_ANNUAL, 2026, 1, "2026年上半年驻村工作书面报告",
				"上半年主要工作：建强村党支部、推动枸杞产业、为群众办实事12件。", LocalDate.of(2026, 6, 24), null,
				documents.store("2026年上半年书面报告.pdf", pdf("DEMO-REPORT-2026H1")).id());
		as("yueyahu-xz", () -> meetings.record(new MeetingCommand(LocalDate.of(2026, 10, 28), "王建国、李振华、王秀英、乡党委书记马强",
				"听取石嘴村第一书记10月工作汇报，研究冬季村级事务安排。", null), "10月听取汇报会议纪要.pdf",
				pdf("DEMO-MINUTES-2026-10")));
		log.info("Demo reports loaded: 2 reports and 1 meeting in 月牙湖乡 (report {})", quarterly.getId());
	}

	private Report store(ActivePosting p, ReportKind kind, int year, int period, String title, String body,
			LocalDate submittedOn, String receivedByOffice, Long documentId) {
		LocalDate due = service.deadlines(p.villageNodeId(), year).dueDate(kind, year, period).orElse(null);
		Report report = reports.saveAndFlush(new Report(p, kind, year, period, title, body, documentId, due,
				submittedOn.atTime(LocalTime.of(10, 0)).atZone(ReportingActor.CHINA).toInstant(), submittedOn, p.personName()));
		for (var office : service.recipientsOf(kind, p.townshipNodeId(), p.countyNodeId(), p.unitId())) {
			ReportRecipient r = new ReportRecipient(report.getId(), office);
			if (office.name().equals(receivedByOffice)) {
				r.markReceived("月牙湖乡党委办公室", submittedOn.plusDays(1).atTime(9, 0).atZone(ReportingActor.CHINA).toInstant());
			}
			recipients.save(r);
		}
		return report;
	}

	/** A small PDF whose text names the demo record (the cross-scope probes look for it in downloads). */
	static byte[] pdf(String marker) {
		return ("%PDF-1.4\n% " + marker + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	private ActivePosting posting(String name) {
		return organisation.villageByCode("641101001001")
			.flatMap(v -> postings.inVillages(java.util.Set.of(v.id())).stream().filter(p -> p.personName().equals(name))
				.findFirst())
			.orElse(null);
	}

	private void as(String username, Runnable work) {
		UserDetails user = accounts.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
