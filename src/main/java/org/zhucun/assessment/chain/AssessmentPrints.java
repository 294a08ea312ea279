package org.zhucun.assessment.chain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.assessment.Grade;
import org.zhucun.assessment.rules.AssessmentKind;
import org.zhucun.assessment.rules.Step;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.PlaceSummary;
import org.zhucun.personnel.PersonFacts;
import org.zhucun.personnel.PostingPeriod;
import org.zhucun.personnel.Postings;
import org.zhucun.printing.AssessmentForm;
import org.zhucun.printing.AssessmentForm.Opinion;
import org.zhucun.printing.AssessmentForm.Party;
import org.zhucun.printing.AssessmentForms;
import org.zhucun.printing.ExperienceCertificate;
import org.zhucun.printing.ExperienceCertificates;
import org.zhucun.printing.NamedFile;

/**
 * The printed forms of an assessment (FRM-1: Annex 4 / Annex 5 as .docx and PDF) and the certificate
 * of grassroots work experience as PDF (USE-2), filled from the records (BUR-1) of an assessment the
 * user may read (ORG-5, the same check as its page). A step not yet signed prints empty.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentPrints {

	/** The forms are the annexes' Chinese forms, whatever the user's language. */
	private static final Locale FORM_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private static final String[] QUARTERS = { "", "一", "二", "三", "四" };

	/** The file formats of a form. */
	public enum Format {

		DOCX("Word"), PDF("PDF");

		private final String label;

		Format(String label) {
			this.label = label;
		}

		/** As a user names it: Word or PDF. */
		public String label() {
			return label;
		}

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Format of(String value) {
			for (Format f : values()) {
				if (f.name().equalsIgnoreCase(value)) {
					return f;
				}
			}
			throw new InvalidInputException("format", "assessment.error.format");
		}

	}

	private final AssessmentService service;

	private final ResultLists results;

	private final PersonFacts people;

	private final Postings postings;

	private final OrganisationDirectory organisation;

	private final AssessmentForms forms;

	private final ExperienceCertificates certificates;

	private final MessageSource messages;

	AssessmentPrints(AssessmentService service, ResultLists results, PersonFacts people, Postings postings,
			OrganisationDirectory organisation, AssessmentForms forms, ExperienceCertificates certificates,
			MessageSource messages) {
		this.service = service;
		this.results = results;
		this.people = people;
		this.postings = postings;
		this.organisation = organisation;
		this.forms = forms;
		this.certificates = certificates;
		this.messages = messages;
	}

	/** The filled form of an assessment in the user's scope, as a file (FRM-1). */
	public NamedFile form(long assessmentId, Format format) {
		AssessmentForm form = form(service.view(assessmentId));
		byte[] content = format == Format.DOCX ? forms.docx(form) : forms.pdf(form);
		return new NamedFile(AssessmentForms.fileName(form, format.extension()), content);
	}

	/** The certificate of grassroots work experience of a qualifying annual assessment as PDF (USE-2). */
	public NamedFile certificate(long assessmentId) {
		ResultLists.Certificate c = results.certificate(assessmentId);
		Assessment a = c.row().annual();
		Optional<PostingPeriod> posting = posting(a);
		LocalDate until = LocalDate.of(a.getYear(), 12, 31).isBefore(c.issuedOn()) ? LocalDate.of(a.getYear(), 12, 31)
				: c.issuedOn();
		List<ExperienceCertificate.YearGrade> grades = new ArrayList<>();
		LocalDate since = c.row().postedSince() == null ? until : c.row().postedSince();
		for (int year = since.getYear(); year <= a.getYear(); year++) {
			int y = year;
			Optional<Grade> grade = year == a.getYear() ? Optional.ofNullable(a.getGrade())
					: service.annual(a.getPersonId(), year);
			grade.ifPresent(g -> grades.add(new ExperienceCertificate.YearGrade(y, g.wording(a.isCivilServant()))));
		}
		String years = BigDecimal.valueOf(c.row().daysInVillage())
			.divide(BigDecimal.valueOf(365), 1, RoundingMode.DOWN)
			.stripTrailingZeros()
			.toPlainString();
		String workUnit = c.person() != null && c.person().workUnitPost() != null ? c.person().workUnitPost() : c.unitName();
		ExperienceCertificate certificate = new ExperienceCertificate(a.getPersonName(), workUnit, placeName(a),
				posting.map(p -> text(p.role().messageKey())).orElse(null), since, until, years, grades, c.unitName(),
				c.issuedOn(), null);
		return new NamedFile(ExperienceCertificates.fileName(certificate), certificates.pdf(certificate));
	}

	/** The form's content from the assessment, its person's facts and posting. */
	AssessmentForm form(Assessment a) {
		Optional<PersonFacts.Facts> facts = people.of(a.getPersonId());
		AssessmentForm.Person person = new AssessmentForm.Person(a.getPersonName(),
				facts.map(f -> f.gender() == null ? null : text(f.gender().messageKey())).orElse(null),
				facts.map(f -> AssessmentForms.birthMonth(f.birthDate())).orElse(null),
				facts.map(f -> f.politicalStatus() == null ? null : text(f.politicalStatus().messageKey())).orElse(null),
				facts.map(PersonFacts.Facts::workUnitPost).orElse(null), a.getVillageName(),
				posting(a).map(p -> text(p.role().messageKey())).orElse(null));
		AssessmentForm.Summary summary = a.signed(Step.SUMMARY)
			.map(s -> new AssessmentForm.Summary(s.getOpinion(), signer(a, s), s.getSignedOn()))
			.orElse(null);
		List<Opinion> opinions = new ArrayList<>();
		for (StepRecord s : a.getSteps()) {
			party(s.getStep()).ifPresent(party -> opinions.add(new Opinion(party, s.getOpinion(),
					s.getGrade() == null ? null : s.getGrade().wording(a.isCivilServant()), signer(a, s), s.getSignedOn())));
		}
		return new AssessmentForm(a.getKind() == AssessmentKind.ANNUAL ? AssessmentForm.Kind.ANNUAL
				: AssessmentForm.Kind.QUARTERLY, period(a), person, summary, opinions);
	}

	/** 2026年第三季度 or 2026年度, as the form's title prints it. */
	static String period(Assessment a) {
		return period(a.getYear(), a.getKind() == AssessmentKind.ANNUAL ? 0 : a.getQuarter());
	}

	/** The same for a year and quarter (0: the year). */
	static String period(int year, int quarter) {
		return quarter == 0 ? year + "年度" : year + "年第" + QUARTERS[quarter] + "季度";
	}

	/** The form's row of a step; the summary has its own. */
	static Optional<Party> party(Step step) {
		return Optional.ofNullable(switch (step) {
			case SUMMARY -> null;
			case VILLAGE -> Party.VILLAGE_BRANCH;
			case TOWNSHIP -> Party.TOWNSHIP;
			case UNIT -> Party.UNIT;
			case PERSON -> Party.PERSON;
			case COUNTY_ORG -> Party.COUNTY_ORGANISATION;
			case COUNTY_POVERTY -> Party.COUNTY_POVERTY;
		});
	}

	/** The person signed the paper form the township entered (BUR-3); otherwise whoever signed online. */
	private static String signer(Assessment a, StepRecord s) {
		return s.isOnPaper() ? a.getPersonName() : s.getSigner();
	}

	/** The posting the assessment is about: in its village during its period (its role, 驻村职务). */
	private Optional<PostingPeriod> posting(Assessment a) {
		LocalDate from = a.getQuarter() == 0 ? LocalDate.of(a.getYear(), 1, 1) : LocalDate.of(a.getYear(), 3 * a.getQuarter() - 2, 1);
		LocalDate to = a.getQuarter() == 0 ? LocalDate.of(a.getYear(), 12, 31) : from.plusMonths(3).minusDays(1);
		return postings.ofPerson(a.getPersonId(), from, to)
			.stream()
			.filter(p -> p.villageNodeId() == a.getVillageNodeId())
			.max(Comparator.comparing(PostingPeriod::startDate));
	}

	/** 沙湖县月牙湖乡石嘴村: the county, township and village. */
	private String placeName(Assessment a) {
		return organisation.placesOnPath(a.getVillageNodeId())
			.stream()
			.filter(p -> p.level() == NodeLevel.COUNTY || p.level() == NodeLevel.TOWNSHIP || p.level() == NodeLevel.VILLAGE)
			.map(PlaceSummary::name)
			.collect(Collectors.joining());
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, FORM_LOCALE);
	}

}
