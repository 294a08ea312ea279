package org.zhucun.printing;

import org.springframework.stereotype.Component;
import org.zhucun.printing.render.CertificateLayout;
import org.zhucun.printing.render.PdfRender;

/** USE-2: the certificate of grassroots work experience as PDF for the personal file. */
@Component
public class ExperienceCertificates {

	private final CjkFont font;

	public ExperienceCertificates(CjkFont font) {
		this.font = font;
	}

	/** The certificate as a PDF; {@link CjkFontUnavailableException} without a font. */
	public byte[] pdf(ExperienceCertificate certificate) {
		return PdfRender.pdf(CertificateLayout.xhtml(certificate), CertificateLayout.TITLE, font);
	}

	/** A file name: 基层工作经历证明-李振华.pdf. */
	public static String fileName(ExperienceCertificate certificate) {
		return AssessmentForms.safeFileName(CertificateLayout.TITLE + "-" + certificate.personName()) + ".pdf";
	}

}
