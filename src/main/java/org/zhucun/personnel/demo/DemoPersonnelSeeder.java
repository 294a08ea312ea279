package org.zhucun.personnel.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.personnel.ChineseIdNumber;
import org.zhucun.personnel.PoliticalStatus;
import org.zhucun.personnel.person.PersonCommand;
import org.zhucun.personnel.person.PersonService;

/**
 * Demo profile only: a dozen fictional cadres of the demo units, with ID numbers that pass the
 * GB 11643 check (fictional region codes) and fictional phone numbers.
 */
@Component
@Profile("demo")
@Order(3)
class DemoPersonnelSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPersonnelSeeder.class);

	private static final List<String> NAMES = List.of("李振华", "王秀英", "张建军", "刘玉兰", "陈国强", "杨春梅", "赵志刚",
			"黄丽娟", "周文斌", "吴海燕", "马俊峰", "孙晓燕");

	private static final List<String> UNITS = List.of("U641101-01", "U641101-01", "U641101-02", "U641101-02",
			"U641102-01", "U641102-02", "U6411-02", "U6411-03", "U6400-02", "U6400-04", "U641201-01", "U6412-01");

	private final PersonService people;

	private final TransactionTemplate transaction;

	DemoPersonnelSeeder(PersonService people, TransactionTemplate transaction) {
		this.people = people;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemContext.run("demo-personnel", () -> transaction.executeWithoutResult(status -> {
			if (people.search(null, Pageable.ofSize(1)).getTotalElements() > 0) {
				return;
			}
			for (int i = 0; i < NAMES.size(); i++) {
				LocalDate born = LocalDate.of(1975 + i * 2, 1 + i % 12, 3 + i);
				boolean male = i % 2 == 0;
				String seventeen = "641101" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%02d", 10 + i)
						+ (male ? "1" : "2");
				String id = seventeen + checkCharacter(seventeen);
				ChineseIdNumber.parse(id).orElseThrow();
				people.create(new PersonCommand(NAMES.get(i), id,
						i % 5 == 4 ? PoliticalStatus.MASSES : PoliticalStatus.PARTY_MEMBER, "派出单位干部",
						UNITS.get(i), String.format("1380951%04d", 1000 + i * 7), i % 3 != 2));
			}
			log.info("Demo personnel loaded: {}", NAMES.size());
		}));
	}

	private static char checkCharacter(String seventeen) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		char[] check = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (seventeen.charAt(i) - '0') * weights[i];
		}
		return check[sum % 11];
	}

}
