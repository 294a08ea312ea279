package org.zhucun.personnel.roster;

import static org.zhucun.personnel.roster.RosterColumn.BIRTH_MONTH;
import static org.zhucun.personnel.roster.RosterColumn.CIVIL_SERVANT;
import static org.zhucun.personnel.roster.RosterColumn.GENDER;
import static org.zhucun.personnel.roster.RosterColumn.ID_NUMBER;
import static org.zhucun.personnel.roster.RosterColumn.LEADS_TEAM;
import static org.zhucun.personnel.roster.RosterColumn.NAME;
import static org.zhucun.personnel.roster.RosterColumn.PHONE;
import static org.zhucun.personnel.roster.RosterColumn.PLANNED_END_DATE;
import static org.zhucun.personnel.roster.RosterColumn.POLITICAL_STATUS;
import static org.zhucun.personnel.roster.RosterColumn.ROLE;
import static org.zhucun.personnel.roster.RosterColumn.START_DATE;
import static org.zhucun.personnel.roster.RosterColumn.UNIT_CODE;
import static org.zhucun.personnel.roster.RosterColumn.VILLAGE_CODE;
import static org.zhucun.personnel.roster.RosterColumn.WORK_UNIT_POST;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.zhucun.organisation.UnitSummary;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.ChineseIdNumber;
import org.zhucun.personnel.Gender;
import org.zhucun.personnel.PoliticalStatus;
import org.zhucun.personnel.person.RosterPersonWriter.NewPerson;
import org.zhucun.personnel.roster.RosterPlan.PlannedPosting;
import org.zhucun.personnel.roster.RosterPlan.PlannedRow;

/**
 * Checks every row of a roster file against the rules of person records (PER-1: GB 11643 ID number,
 * gender and birth month agreeing with it, one record per person), of postings (PER-2/3: a flagged
 * village in the user's scope, one active posting per person, one leader per team, end after start,
 * the policy's term when no end is given) and the user's data scope (ORG-5), and collects every
 * problem before anything is written, so that a file is imported whole or not at all (SEC-9) and the
 * user can fix all rows in one go.
 */
final class RosterValidator {

	static final int NAME_MAX_LENGTH = 50;

	static final int WORK_UNIT_POST_MAX_LENGTH = 100;

	/** As {@code PersonCommand}: an 11-digit mobile number, or a fixed line with its area code. */
	private static final Pattern PHONE_PATTERN = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern MONTH = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:月|[-/.月]\\s*\\d{1,2}\\s*日?)?");

	private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{4})(\\d{2})");

	/** 1985.1 in a number cell: Excel drops the zero of 1985.10, so it may be January or October. */
	private static final Pattern MONTH_NUMBER_ONE_DECIMAL = Pattern.compile("(\\d{4})\\.(\\d)");

	private final RosterVocabulary vocabulary;

	private final int termYears;

	/**
	 * @param termYears the planned term of a posting whose end is left blank
	 * ({@code zhucun.policy.first-secretary-term-years}, 2 by Art. 4)
	 */
	RosterValidator(RosterVocabulary vocabulary, int termYears) {
		this.vocabulary = vocabulary;
		this.termYears = termYears;
	}

	RosterPlan validate(List<RosterRow> rows, StoredRoster stored) {
		return new Check(stored).run(rows);
	}

	/** The state of checking one file: the first row of each ID number and of each team's leader, the problems. */
	private final class Check {

		private final StoredRoster stored;

		private final List<RosterProblem> problems = new ArrayList<>();

		private final Map<String, Integer> firstRowOfId = new HashMap<>();

		private final Map<Long, Integer> firstLeaderRowOfVillage = new HashMap<>();

		Check(StoredRoster stored) {
			this.stored = stored;
		}

		RosterPlan run(List<RosterRow> rows) {
			List<PlannedRow> planned = new ArrayList<>();
			for (RosterRow row : rows) {
				int before = problems.size();
				PlannedRow checked = check(row);
				if (problems.size() == before) {
					planned.add(checked);
				}
			}
			return problems.isEmpty() ? new RosterPlan(planned, List.of()) : new RosterPlan(List.of(), problems);
		}

		private PlannedRow check(RosterRow row) {
			String name = text(row, NAME, NAME_MAX_LENGTH);
			ChineseIdNumber id = idNumber(row);
			checkGender(row, id);
			checkBirthMonth(row, id);
			PoliticalStatus politicalStatus = choice(row, POLITICAL_STATUS, vocabulary::politicalStatus);
			String workUnitPost = text(row, WORK_UNIT_POST, WORK_UNIT_POST_MAX_LENGTH);
			String phone = phone(row);
			boolean civilServant = flag(row, CIVIL_SERVANT);
			boolean posted = postingRequested(row);
			UnitSummary unit = unit(row, posted);
			PlannedPosting posting = posted ? posting(row, unit) : null;
			if (id == null || unit == null) {
				return null;
			}
			if (posting != null && stored.person(id.value()).filter(p -> p.visible() && p.activelyPosted()).isPresent()) {
				problem(row, VILLAGE_CODE, "roster.error.alreadyPosted");
			}
			return new PlannedRow(row.number(),
					new NewPerson(name, id, politicalStatus, workUnitPost, unit.id(), phone, civilServant), posting);
		}

		/** A required text column, at most {@code maxLength} characters. */
		private String text(RosterRow row, RosterColumn column, int maxLength) {
			String value = row.cell(column);
			if (value.isEmpty()) {
				problem(row, column, "roster.error.required");
			}
			else if (value.length() > maxLength) {
				problem(row, column, "roster.error.tooLong", maxLength);
			}
			return value;
		}

		private ChineseIdNumber idNumber(RosterRow row) {
			String text = row.cell(ID_NUMBER);
			if (text.isEmpty()) {
				problem(row, ID_NUMBER, "roster.error.required");
				return null;
			}
			Optional<ChineseIdNumber> parsed = ChineseIdNumber.parse(text);
			if (parsed.isEmpty()) {
				problem(row, ID_NUMBER, row.isNumber(ID_NUMBER) ? "roster.error.idNumberAsNumber" : "roster.error.idNumber");
				return null;
			}
			ChineseIdNumber id = parsed.get();
			Integer first = firstRowOfId.putIfAbsent(id.value(), row.number());
			if (first != null) {
				problem(row, ID_NUMBER, "roster.error.duplicateIdInFile", first);
			}
			else if (stored.person(id.value()).isPresent()) {
				problem(row, ID_NUMBER, "roster.error.personExists");
			}
			return id;
		}

		private void checkGender(RosterRow row, ChineseIdNumber id) {
			if (row.isBlank(GENDER)) {
				return;
			}
			Optional<Gender> gender = vocabulary.gender(row.cell(GENDER));
			if (gender.isEmpty()) {
				problem(row, GENDER, "roster.error.unknownWord", row.cell(GENDER));
			}
			else if (id != null && gender.get() != id.gender()) {
				problem(row, GENDER, "roster.error.genderMismatch", id.gender());
			}
		}

		private void checkBirthMonth(RosterRow row, ChineseIdNumber id) {
			if (row.isBlank(BIRTH_MONTH)) {
				return;
			}
			Set<YearMonth> months = birthMonths(row);
			if (months.isEmpty()) {
				problem(row, BIRTH_MONTH, "roster.error.birthMonth", row.cell(BIRTH_MONTH));
			}
			else if (id != null && !months.contains(YearMonth.from(id.birthDate()))) {
				YearMonth born = YearMonth.from(id.birthDate());
				problem(row, BIRTH_MONTH, "roster.error.birthMonthMismatch",
						String.format("%d.%02d", born.getYear(), born.getMonthValue()));
			}
		}

		/** What the birth month cell may mean: one month, two for 1985.1 typed as a number, none if unreadable. */
		private Set<YearMonth> birthMonths(RosterRow row) {
			String text = row.cell(BIRTH_MONTH);
			Matcher oneDecimal = MONTH_NUMBER_ONE_DECIMAL.matcher(text);
			if (row.isNumber(BIRTH_MONTH) && oneDecimal.matches()) {
				int year = Integer.parseInt(oneDecimal.group(1));
				int digit = Integer.parseInt(oneDecimal.group(2));
				return Stream.of(digit, digit * 10)
					.filter(m -> m >= 1 && m <= 12)
					.map(m -> YearMonth.of(year, m))
					.collect(java.util.stream.Collectors.toSet());
			}
			Matcher m = MONTH.matcher(text);
			if (!m.matches()) {
				m = COMPACT_MONTH.matcher(text);
			}
			if (!m.matches()) {
				return Set.of();
			}
			try {
				return Set.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
			}
			catch (DateTimeException ex) {
				return Set.of();
			}
		}

		/** A required column whose value is one of the vocabulary's words. */
		private <T> T choice(RosterRow row, RosterColumn column, java.util.function.Function<String, Optional<T>> words) {
			if (row.isBlank(column)) {
				problem(row, column, "roster.error.required");
				return null;
			}
			Optional<T> value = words.apply(row.cell(column));
			if (value.isEmpty()) {
				problem(row, column, "roster.error.unknownWord", row.cell(column));
			}
			return value.orElse(null);
		}

		private String phone(RosterRow row) {
			String phone = row.cell(PHONE);
			if (phone.isEmpty()) {
				return null;
			}
			if (!PHONE_PATTERN.matcher(phone).matches()) {
				problem(row, PHONE, "roster.error.phone", phone);
			}
			return phone;
		}

		/** 是 or 否; blank is 否. */
		private boolean flag(RosterRow row, RosterColumn column) {
			if (row.isBlank(column)) {
				return false;
			}
			Optional<Boolean> flag = vocabulary.flag(row.cell(column));
			if (flag.isEmpty()) {
				problem(row, column, "roster.error.yesNo", row.cell(column));
			}
			return flag.orElse(false);
		}

		/** Whether the row posts the person: any posting column filled, other than 否 for leading the team. */
		private boolean postingRequested(RosterRow row) {
			return Stream.of(VILLAGE_CODE, ROLE, START_DATE, PLANNED_END_DATE).anyMatch(c -> !row.isBlank(c))
					|| !row.isBlank(LEADS_TEAM) && !vocabulary.flag(row.cell(LEADS_TEAM)).equals(Optional.of(false));
		}

		/**
		 * The dispatching unit: any active unit may send a person to a village of the user's; a row
		 * without a posting needs a unit inside the user's scope (ORG-5), and one outside reads as unknown.
		 */
		private UnitSummary unit(RosterRow row, boolean posted) {
			String code = row.cell(UNIT_CODE);
			if (code.isEmpty()) {
				problem(row, UNIT_CODE, "roster.error.required");
				return null;
			}
			Optional<UnitSummary> unit = stored.unit(code).filter(u -> posted || stored.unitInScope(u));
			if (unit.isEmpty()) {
				problem(row, UNIT_CODE, "roster.error.unknownUnit", code);
				return null;
			}
			if (!unit.get().active()) {
				problem(row, UNIT_CODE, "roster.error.unitInactive", unit.get().name());
				return null;
			}
			return unit.get();
		}

		private PlannedPosting posting(RosterRow row, UnitSummary unit) {
			VillageSummary village = village(row);
			AssignmentRole role = choice(row, ROLE, vocabulary::role);
			boolean leads = flag(row, LEADS_TEAM);
			if (leads && role == AssignmentRole.TEAM_MEMBER) {
				problem(row, LEADS_TEAM, "roster.error.memberCannotLead");
				leads = false;
			}
			leads = leads || role == AssignmentRole.TEAM_LEADER;
			if (leads && village != null) {
				checkOneLeader(row, role == AssignmentRole.TEAM_LEADER ? ROLE : LEADS_TEAM, village);
			}
			LocalDate start = date(row, START_DATE, true);
			LocalDate end = date(row, PLANNED_END_DATE, false);
			if (end == null && start != null && row.isBlank(PLANNED_END_DATE)) {
				end = start.plusYears(termYears);
			}
			if (start != null && end != null && !end.isAfter(start)) {
				problem(row, PLANNED_END_DATE, "roster.error.endBeforeStart");
			}
			if (village == null || role == null || unit == null || start == null || end == null) {
				return null;
			}
			return new PlannedPosting(village, role, leads, unit, start, end);
		}

		/** A village of the user's that receives personnel (ORG-2); any other reads as unknown (ORG-5). */
		private VillageSummary village(RosterRow row) {
			String code = row.cell(VILLAGE_CODE);
			if (code.isEmpty()) {
				problem(row, VILLAGE_CODE, "roster.error.required");
				return null;
			}
			Optional<VillageSummary> village = stored.village(code);
			if (village.isEmpty()) {
				problem(row, VILLAGE_CODE, "roster.error.unknownVillage", code);
				return null;
			}
			if (!village.get().active() || !village.get().receivesPersonnel()) {
				problem(row, VILLAGE_CODE, "roster.error.villageNotFlagged", village.get().name());
				return null;
			}
			return village.get();
		}

		/** PER-3: one leader per team, counting the team's active leader and the rows above. */
		private void checkOneLeader(RosterRow row, RosterColumn column, VillageSummary village) {
			if (stored.villagesWithLeader().contains(village.id())) {
				problem(row, column, "roster.error.teamHasLeader", village.name());
				return;
			}
			Integer first = firstLeaderRowOfVillage.putIfAbsent(village.id(), row.number());
			if (first != null) {
				problem(row, column, "roster.error.twoLeadersInFile", village.name(), first);
			}
		}

		private LocalDate date(RosterRow row, RosterColumn column, boolean required) {
			String text = row.cell(column);
			if (text.isEmpty()) {
				if (required) {
					problem(row, column, "roster.error.required");
				}
				return null;
			}
			Matcher m = DATE.matcher(text);
			if (!m.matches()) {
				m = COMPACT_DATE.matcher(text);
			}
			try {
				if (m.matches()) {
					return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
							Integer.parseInt(m.group(3)));
				}
			}
			catch (DateTimeException ex) {
				// not a day of the calendar: reported below
			}
			problem(row, column, "roster.error.date", text);
			return null;
		}

		private void problem(RosterRow row, RosterColumn column, String messageKey, Object... args) {
			problems.add(RosterProblem.at(row.number(), column, messageKey, args));
		}

	}

}
