package org.zhucun.printing;

import java.time.LocalDate;
import java.util.List;

/**
 * A certificate of grassroots work experience (基层工作经历证明, USE-2) for the personal file: the
 * person served in the village from one day to another, with the annual grades of those years.
 *
 * @param personName 姓名
 * @param workUnit the dispatching unit and post (工作单位及职务)
 * @param village the village, as printed (e.g. 沙湖县月牙湖乡石嘴村)
 * @param villageRole 驻村职务, e.g. 第一书记; may be null
 * @param from first day in the village
 * @param to last day in the village (or the day of issue while still posted)
 * @param years the time served as printed, e.g. 2 or 1.5
 * @param grades the annual grades by year
 * @param issuingOffice who issues it, e.g. 中共沙湖县委组织部
 * @param issuedOn the day of issue
 * @param serialNumber the certificate's number, e.g. 沙组证〔2026〕012号
 */
public record ExperienceCertificate(String personName, String workUnit, String village, String villageRole, LocalDate from,
		LocalDate to, String years, List<YearGrade> grades, String issuingOffice, LocalDate issuedOn, String serialNumber) {

	public ExperienceCertificate {
		grades = grades == null ? List.of() : List.copyOf(grades);
	}

	/** The annual grade of one year, in its wording (称职, 合格, 优秀 …). */
	public record YearGrade(int year, String grade) {
	}

}
