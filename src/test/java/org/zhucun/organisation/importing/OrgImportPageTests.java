package org.zhucun.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhucun.organisation.importing.ImportFixtures.importFile;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.organisation.NodeLevel;
import org.zhucun.organisation.tree.OrgNode;
import org.zhucun.organisation.tree.OrgNodeRepository;

/** The import page as the system administrator uses it: template, upload, all or nothing (ORG-1, ORG-2, SEC-9). */
@IntegrationTest
class OrgImportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgNodeRepository nodes;

	Cookie sysadmin;

	@BeforeEach
	void logIn() throws Exception {
		sysadmin = DemoLogin.as(mvc, "sysadmin");
	}

	private ResultActions upload(String fileName, byte[] content) throws Exception {
		return mvc.perform(multipart("/org/import").file(new MockMultipartFile("file", fileName,
				ImportTemplate.XLSX.toString(), content)).cookie(sysadmin).with(csrf()));
	}

	@Test
	@DisplayName("ORG-1: the page offers the template and an upload form carrying the CSRF token")
	void page() throws Exception {
		mvc.perform(get("/org/import").cookie(sysadmin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"download-template\""),
					containsString("enctype=\"multipart/form-data\""), containsString("name=\"_csrf\""),
					containsString("一个文件最多 5000 行数据"))));
	}

	@Test
	@DisplayName("ORG-1/ORG-2: the template has the header from the bundles, examples and a sheet explaining the columns")
	void template() throws Exception {
		byte[] body = mvc.perform(get("/org/import/template.xlsx").cookie(sysadmin))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ImportTemplate.XLSX))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			Sheet data = workbook.getSheetAt(0);
			for (int i = 0; i < ImportFixtures.HEADER.length; i++) {
				assertThat(data.getRow(0).getCell(i).getStringCellValue()).isEqualTo(ImportFixtures.HEADER[i]);
			}
			assertThat(data.getRow(2).getCell(2).getStringCellValue()).isEqualTo("村");
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("编码");
		}
	}

	@Test
	@DisplayName("ORG-1/ORG-2: a good file creates every node, parents first, and the nodes are visible afterwards")
	void goodFileImports() throws Exception {
		upload("新区.xlsx", importFile(
				new Object[] { "691101001001", "试点一村", "村", "691101001", "是", "是", 38.5, 106.25, 300, 850 },
				new Object[] { "691000", "试点自治区", "自治区" },
				new Object[] { "691101001", "试点乡", "乡镇", "691101" },
				new Object[] { "691100", "试点市", "地级市", "691000" },
				new Object[] { "691101", "试点县", "县（区）", "691100" }))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/org/import"))
			.andExpect(flash().attribute("flash", "已导入 5 条。"));

		mvc.perform(get("/org/tree").param("q", "试点").cookie(sysadmin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("试点自治区"), containsString("试点县"),
					containsString("试点一村"))));
		OrgNode village = nodes.findByCode("691101001001").orElseThrow();
		OrgNode township = nodes.findByCode("691101001").orElseThrow();
		assertThat(village.getLevel()).isEqualTo(NodeLevel.VILLAGE);
		assertThat(village.getParentId()).isEqualTo(township.getId());
		assertThat(village.getVillageProfile().receivesPersonnel()).isTrue();
		assertThat(village.getVillageProfile().getResidentPopulation()).isEqualTo(850);
	}

	@Test
	@DisplayName("SEC-9: a file with bad rows imports nothing and lists every bad row with its reason")
	void badRowsImportNothing() throws Exception {
		upload("有错.xlsx", importFile(
				new Object[] { "692000", "错例自治区", "自治区" },
				new Object[] { "692100", "错例市", "市", "692000" },
				new Object[] { "692101", "错例县", "县（区）", "692100" },
				new Object[] { "692101001", "错例乡", "乡镇", "692101", "", "", 38 }))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"import-errors\""),
					containsString("文件中有 2 行存在问题（共 2 处），未导入任何数据"),
					containsString("无法识别的层级“市”"), containsString("只有村才能填写此项"),
					containsString("<td class=\"text-nowrap\">3</td>"), containsString("<td class=\"text-nowrap\">5</td>"))));

		assertThat(nodes.existsByCode("692000")).isFalse();
		assertThat(nodes.existsByCode("692101")).isFalse();
	}

	@Test
	@DisplayName("ORG-1: rows that are each other's parents are reported as a cycle")
	void cycle() throws Exception {
		upload("循环.xlsx", importFile(
				new Object[] { "693001", "甲乡", "乡镇", "693002" },
				new Object[] { "693002", "乙乡", "乡镇", "693001" }))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("上级关系形成循环（第 2、3 行互为上下级）")));
		assertThat(nodes.existsByCode("693001")).isFalse();
	}

	@Test
	@DisplayName("ORG-1/ORG-5: a parent neither in the file nor in the tree is reported")
	void unknownParent() throws Exception {
		upload("无上级.xlsx", importFile(new Object[] { "694001", "孤乡", "乡镇", "699999" }))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("上级编码“699999”既不在本文件中，也不是您管理范围内已有的组织机构")));
	}

	@Test
	@DisplayName("ORG-1: a code already in the tree is reported and the existing node is left alone")
	void duplicateCode() throws Exception {
		OrgNode before = nodes.findByCode("641101").orElseThrow();
		upload("重复.xlsx", importFile(
				new Object[] { "641101", "改名县", "县（区）", "641100" },
				new Object[] { "695001", "新乡", "乡镇", "641101" }))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("编码“641101”已被使用")));
		OrgNode after = nodes.findByCode("641101").orElseThrow();
		assertThat(after.getName()).isEqualTo(before.getName());
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(nodes.existsByCode("695001")).isFalse();
	}

	@Test
	@DisplayName("SEC-9: random bytes named .xlsx get a clear Chinese message and 400, never 500")
	void randomBytes() throws Exception {
		upload("组织机构.xlsx", ImportFixtures.randomBytes(4096))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("上传的文件不是 Excel（.xlsx）文件，未导入任何数据"),
					not(containsString("id=\"import-errors\"")))));
	}

	@Test
	@DisplayName("SEC-9: a damaged .xlsx and an upload without a file get a clear message and 400")
	void damagedOrMissingFile() throws Exception {
		byte[] whole = importFile(new Object[] { "696001", "乡", "乡镇", "641101" });
		upload("坏.xlsx", Arrays.copyOf(whole, whole.length / 2))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("无法读取该 Excel 文件")));
		upload("空.xlsx", new byte[0])
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("上传的文件是空的")));
		mvc.perform(multipart("/org/import").cookie(sysadmin).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择要上传的 Excel 文件")));
		assertThat(nodes.existsByCode("696001")).isFalse();
	}

}
