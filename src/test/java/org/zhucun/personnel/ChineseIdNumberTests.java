package org.zhucun.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PER-1: ID numbers are checked as GB 11643-1999 defines them. */
class ChineseIdNumberTests {

	/** The example number of GB 11643-1999 (a Beijing number, born 1949-12-31). */
	static final String STANDARD_EXAMPLE = "11010519491231002X";

	@Test
	@DisplayName("PER-1: the check character is ISO 7064 MOD 11-2 (the standard's own example)")
	void standardExample() {
		assertThat(ChineseIdNumber.checkCharacter(STANDARD_EXAMPLE)).isEqualTo('X');
		var id = ChineseIdNumber.parse(STANDARD_EXAMPLE.toLowerCase()).orElseThrow();
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.gender()).as("sequence 002 is even: a woman").isEqualTo(Gender.FEMALE);
	}

	@Test
	@DisplayName("PER-1: a wrong check digit, a wrong length or an impossible birth date is refused")
	void invalidNumbers() {
		assertThat(ChineseIdNumber.parse("110105194912310021")).isEmpty();
		assertThat(ChineseIdNumber.parse("11010519491231002")).isEmpty();
		assertThat(ChineseIdNumber.parse("110105194902300020")).as("30 February").isEmpty();
		assertThat(ChineseIdNumber.parse(null)).isEmpty();
	}

}
