package org.zhucun.printing.render;

import java.util.stream.Collectors;

import org.zhucun.printing.ExperienceCertificate;

/** The certificate of grassroots work experience (USE-2) as an XHTML page for the personal file. */
public final class CertificateLayout {

	public static final String TITLE = "基层工作经历证明";

	private CertificateLayout() {
	}

	public static String xhtml(ExperienceCertificate c) {
		String grades = c.grades().stream()
			.map(g -> g.year() + "年度" + Html.plain(g.grade()))
			.collect(Collectors.joining("，"));
		StringBuilder text = new StringBuilder();
		text.append(Html.plain(c.personName())).append("同志");
		if (!Html.plain(c.workUnit()).isEmpty()) {
			text.append("（").append(Html.plain(c.workUnit())).append("）");
		}
		text.append("于").append(Html.date(c.from())).append("至").append(Html.date(c.to())).append("在")
			.append(Html.plain(c.village()));
		text.append(Html.plain(c.villageRole()).isEmpty() ? "驻村工作" : "担任" + Html.plain(c.villageRole()));
		text.append("，驻村工作时间累计").append(Html.plain(c.years())).append("年");
		if (!grades.isEmpty()) {
			text.append("，年度考核等次为：").append(grades);
		}
		text.append("。根据驻村工作管理有关规定，其驻村工作经历视为基层工作经历。");
		StringBuilder body = new StringBuilder();
		body.append("<p class=\"serial\">").append(Html.text(c.serialNumber())).append("</p>");
		body.append("<h1 class=\"cert\">").append(TITLE).append("</h1>");
		body.append("<p class=\"body\">").append(Html.text(text.toString())).append("</p>");
		body.append("<p class=\"body\">特此证明。</p>");
		body.append("<div class=\"issuer\"><div>").append(Html.text(c.issuingOffice())).append("（盖章）</div><div>")
			.append(Html.date(c.issuedOn())).append("</div></div>");
		String css = "p.serial { text-align: right; margin: 0 0 8mm 0; } h1.cert { font-size: 20pt; letter-spacing: 2mm; "
				+ "margin-bottom: 10mm; }\np.body { font-size: 14pt; line-height: 2; text-indent: 2em; margin: 0; }\n"
				+ "div.issuer { margin-top: 25mm; text-align: right; font-size: 14pt; line-height: 2; padding-right: 10mm; }";
		return Html.document(TITLE, css, body.toString());
	}

}
