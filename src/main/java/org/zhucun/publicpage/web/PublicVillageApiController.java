package org.zhucun.publicpage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zhucun.publicpage.PublicVillage;

/** CON-1: the public village page as JSON, without login: the same content as the page, nothing more. */
@RestController
@Tag(name = "村务公开 Public village page")
class PublicVillageApiController {

	private final PublicVillageService villages;

	PublicVillageApiController(PublicVillageService villages) {
		this.villages = villages;
	}

	@GetMapping("/api/v1/public/villages/{code}")
	@Operation(summary = "村的驻村人员公开信息（无需登录）The public page of a village, no login")
	PublicVillage village(@PathVariable String code) {
		return villages.village(code);
	}

}
