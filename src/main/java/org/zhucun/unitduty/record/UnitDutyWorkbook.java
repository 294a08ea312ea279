package org.zhucun.unitduty.record;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhucun.common.excel.XlsxTemplates;

/** The team's four lists as one .xlsx, a sheet each (MTG-1..3, SUB-2). */
@Component
class UnitDutyWorkbook {

	private final MessageSource messages;

	UnitDutyWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] export(UnitDutyService.Detail d, Locale locale) {
		return XlsxTemplates.write(workbook -> {
			XlsxTemplates.table(workbook, text("unitduty.meetings", locale),
					titles(locale, "unitduty.date", "unitduty.minutes", "unitduty.enteredBy"),
					d.meetings().stream().map(m -> List.<Object>of(m.getHeldOn(), m.getMinutes(), m.getEnteredBy())).toList());
			XlsxTemplates.table(workbook, text("unitduty.visits", locale),
					titles(locale, "unitduty.date", "unitduty.leaderName", "unitduty.role", "unitduty.solved"),
					d.visits().stream().map(v -> List.<Object>of(v.getVisitedOn(), v.getLeaderName(),
							text(v.getLeaderRole().messageKey(), locale), v.getSolved())).toList());
			XlsxTemplates.table(workbook, text("unitduty.funds", locale),
					titles(locale, "unitduty.date", "unitduty.direction", "unitduty.amount", "unitduty.purpose",
							"unitduty.balance"),
					d.funds().stream().map(l -> List.<Object>of(l.entry().getEntryDate(),
							text(l.entry().getDirection().messageKey(), locale), l.entry().getAmount(), l.entry().getPurpose(),
							l.balance())).toList());
			XlsxTemplates.table(workbook, text("unitduty.subsidies", locale),
					titles(locale, "unitduty.person", "unitduty.period", "unitduty.kind", "unitduty.amount", "unitduty.paidOn"),
					d.subsidies().stream().map(s -> List.<Object>of(s.getPersonName(), s.getPeriod(),
							text(s.getKind().messageKey(), locale), s.getAmount(), s.getPaidOn())).toList());
		});
	}

	private List<String> titles(Locale locale, String... keys) {
		return java.util.Arrays.stream(keys).map(k -> text(k, locale)).toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
