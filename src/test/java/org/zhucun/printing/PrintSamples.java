package org.zhucun.printing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.zhucun.printing.AssessmentForm.Kind;
import org.zhucun.printing.AssessmentForm.Opinion;
import org.zhucun.printing.AssessmentForm.Party;
import org.zhucun.printing.AssessmentForm.Person;
import org.zhucun.printing.AssessmentForm.Summary;

/**
 * FRM-1, FRM-2: sample forms (Annex 4 and 5) of the demo's 李振华 of 石嘴村, and a place under
 * target/forms/ to keep the made files (read them with {@link org.zhucun.PrintedFiles}).
 */
final class PrintSamples {

	static final Person LI = new Person("李振华", "男", "1985年3月", "中共党员", "沙湖县财政局预算股副股长", "石嘴村", "第一书记");

	private PrintSamples() {
	}

	static AssessmentForm quarterly() {
		return new AssessmentForm(Kind.QUARTERLY, "2026年第三季度", LI,
				new Summary("本季度走访脱贫监测户42户，协调修缮村道1.2公里；\n组织党员学习6次，办结群众诉求15件。", "李振华",
						LocalDate.of(2026, 10, 8)),
				List.of(new Opinion(Party.VILLAGE_BRANCH, "该同志驻村期间扎根基层，群众认可度高。", null, "马国强", LocalDate.of(2026, 10, 9)),
						new Opinion(Party.TOWNSHIP, "同意村党支部意见，工作实绩突出。", "称职", "杨海涛", LocalDate.of(2026, 10, 12)),
						new Opinion(Party.PERSON, "无异议。", null, "李振华", LocalDate.of(2026, 10, 13)),
						new Opinion(Party.COUNTY_ORGANISATION, "经审核，同意乡镇党委意见。", null, null, LocalDate.of(2026, 10, 20)),
						new Opinion(Party.COUNTY_POVERTY, "同意，扶贫项目推进有力。", null, null, LocalDate.of(2026, 10, 21))));
	}

	static AssessmentForm annual() {
		return new AssessmentForm(Kind.ANNUAL, "2026年度", new Person("王秀英", "女", "1990年11月", "中共党员", "沙湖县团委组织部干事",
				"石嘴村", "工作队队员"),
				new Summary("全年驻村226天，牵头建成枸杞合作社一处。", "王秀英", LocalDate.of(2026, 12, 5)),
				List.of(new Opinion(Party.VILLAGE_BRANCH, "扎实肯干，作风务实。", null, "马国强", LocalDate.of(2026, 12, 8)),
						new Opinion(Party.TOWNSHIP, "建议评为合格。", "合格", "杨海涛", LocalDate.of(2026, 12, 10)),
						new Opinion(Party.UNIT, "同意乡镇党委意见，不占单位优秀名额。", null, "刘志远", LocalDate.of(2026, 12, 11)),
						new Opinion(Party.PERSON, "本人同意。", null, "王秀英", LocalDate.of(2026, 12, 12)),
						new Opinion(Party.COUNTY_ORGANISATION, "审核通过，确定为合格等次。", "合格", null, LocalDate.of(2026, 12, 20))));
	}

	/** Keeps a made file under target/forms/ to look at. */
	static Path save(byte[] content, String name) throws IOException {
		Path file = Path.of("target", "forms", name);
		Files.createDirectories(file.getParent());
		return Files.write(file, content);
	}

}
