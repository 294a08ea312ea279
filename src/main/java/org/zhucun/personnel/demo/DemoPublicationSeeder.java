package org.zhucun.personnel.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.organisation.VillageSummary;
import org.zhucun.personnel.AssignmentRole;
import org.zhucun.personnel.assignment.Assignment;
import org.zhucun.personnel.assignment.AssignmentService;
import org.zhucun.personnel.person.PersonService;
import org.zhucun.personnel.publication.CommitmentText;
import org.zhucun.personnel.publication.ContactKind;
import org.zhucun.personnel.publication.PublicationService;

/**
 * Demo profile only (CON-1): the people posted to 月牙湖乡's villages publish something — a mix of
 * own mobile, office number and nothing, approved commitments under the four headings, and for
 * every other person a placeholder photo (their surname on a coloured square, drawn with Java2D) —
 * so that the public page of 石嘴村 looks real.
 */
@Component
@Profile("demo")
@Order(4)
class DemoPublicationSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPublicationSeeder.class);

	private static final List<String> VILLAGES = List.of("641101001001", "641101001002", "641101001003", "641101001004");

	private static final Color[] COLOURS = { new Color(0xB3261E), new Color(0x1E5AB3), new Color(0x2E7D32),
			new Color(0x8E5A00) };

	private final PublicationService publication;

	private final AssignmentService assignments;

	private final PersonService people;

	private final OrganisationDirectory organisation;

	private final TransactionTemplate transaction;

	DemoPublicationSeeder(PublicationService publication, AssignmentService assignments, PersonService people,
			OrganisationDirectory organisation, TransactionTemplate transaction) {
		this.publication = publication;
		this.assignments = assignments;
		this.people = people;
		this.organisation = organisation;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemContext.run("demo-publication", () -> transaction.executeWithoutResult(status -> {
			int published = 0;
			for (String code : VILLAGES) {
				VillageSummary village = organisation.villageByCode(code).orElse(null);
				if (village == null) {
					continue;
				}
				List<Assignment> active = assignments.villageHistory(village.id()).stream().filter(Assignment::isActive)
					.sorted(Comparator.comparing(Assignment::getRole).thenComparing(Assignment::getPersonId)).toList();
				for (Assignment posting : active) {
					long personId = posting.getPersonId();
					if (publication.profile(personId).approved() != null) {
						return;
					}
					publish(personId, people.get(personId).getName(), posting.getRole(), village.name(), published++);
				}
			}
			log.info("Demo publications loaded: {}", published);
		}));
	}

	private void publish(long personId, String name, AssignmentRole role, String villageName, int index) {
		switch (index % 3) {
			case 0 -> publication.setContact(personId, ContactKind.MOBILE, null);
			case 1 -> publication.setContact(personId, ContactKind.OFFICE, String.format("0951-56%05d", 12000 + index * 37));
			default -> publication.setContact(personId, ContactKind.NONE, null);
		}
		if (index % 3 != 2) {
			publication.uploadPhoto(personId, placeholderPhoto(name, COLOURS[index % COLOURS.length]));
		}
		publication.saveDraft(personId, commitment(role, villageName));
		var submitted = publication.submit(personId);
		publication.approve(submitted.getId());
	}

	private static CommitmentText commitment(AssignmentRole role, String villageName) {
		boolean secretary = role == AssignmentRole.FIRST_SECRETARY;
		return new CommitmentText(
				secretary ? "抓好村党支部建设，落实“三会一课”，带领村“两委”班子推动" + villageName + "脱贫攻坚各项任务落地。"
						: "协助第一书记做好精准扶贫各项工作，落实分包农户的帮扶措施。",
				secretary ? "年内帮助" + villageName + "发展一项特色产业，村集体经济收入增加 1 万元以上；贫困户人均纯收入稳定增长。"
						: "分包农户全部建立帮扶台账，帮扶措施到户到人，年底前实现稳定增收。",
				"经常入户走访，做到提户知人、提人知事、提事知情；群众反映的问题第一时间登记、限时回复。",
				"遵守驻村工作各项纪律，吃住在村，不吃拿卡要，廉洁自律，主动接受群众监督。");
	}

	/** A placeholder portrait: the surname in white on a coloured 300×375 card, as a PNG. */
	static byte[] placeholderPhoto(String name, Color colour) {
		BufferedImage image = new BufferedImage(300, 375, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setPaint(new GradientPaint(0, 0, colour.brighter(), 0, 375, colour.darker()));
			g.fillRect(0, 0, 300, 375);
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 150));
			String initial = name.substring(0, 1);
			var metrics = g.getFontMetrics();
			g.drawString(initial, (300 - metrics.stringWidth(initial)) / 2, (375 - metrics.getHeight()) / 2 + metrics.getAscent());
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
