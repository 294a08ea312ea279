package org.zhucun.personnel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident identity card number (公民身份号码) as GB 11643-1999 defines it: 6 digits of region,
 * 8 of birth date, 3 of sequence (odd for men, even for women) and a check character computed
 * with ISO 7064 MOD 11-2.
 */
public record ChineseIdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	/** The number if it is well formed with a right check character and a real birth date. */
	public static Optional<ChineseIdNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String v = text.strip().toUpperCase(java.util.Locale.ROOT);
		if (!v.matches("\\d{17}[\\dX]") || v.charAt(17) != checkCharacter(v)) {
			return Optional.empty();
		}
		try {
			LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
					Integer.parseInt(v.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.of(new ChineseIdNumber(v));
	}

	/** The check character (ISO 7064 MOD 11-2) of the first 17 digits. */
	public static char checkCharacter(String number) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	public LocalDate birthDate() {
		return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
				Integer.parseInt(value.substring(12, 14)));
	}

	public Gender gender() {
		return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
	}

}
