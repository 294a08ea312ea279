package org.zhucun.publicpage.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhucun.common.ui.QrCode;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.publicpage.PublicVillage;

/**
 * CON-1: the public village page and its notice-board sheet, without login. The sheet's QR code
 * leads to the page at {@code zhucun.public-base-url} (by default the address the request came in on).
 */
@Controller
class PublicVillageController {

	private final PublicVillageService villages;

	private final String publicBaseUrl;

	PublicVillageController(PublicVillageService villages, @Value("${zhucun.public-base-url:}") String publicBaseUrl) {
		this.villages = villages;
		this.publicBaseUrl = publicBaseUrl;
	}

	@GetMapping("/public/villages/{code}")
	String page(@PathVariable String code, Model model) {
		model.addAttribute("village", villages.village(code));
		return "publicpage/village";
	}

	/** CON-1: the A4 sheet for the village notice board (村务公开栏), with a QR code to the page. */
	@GetMapping("/public/villages/{code}/notice")
	String notice(@PathVariable String code, Model model, HttpServletRequest request) {
		PublicVillage village = villages.village(code);
		String url = pageUrl(village.code());
		model.addAttribute("village", village);
		model.addAttribute("pageUrl", url);
		model.addAttribute("qr", QrCode.dataUri(url, 240));
		return "publicpage/notice";
	}

	@GetMapping("/public/villages/{code}/photos/{personId}")
	ResponseEntity<byte[]> photo(@PathVariable String code, @PathVariable long personId) {
		byte[] photo = villages.photo(code, personId).orElseThrow(() -> new NotFoundException("publicPage.error.noPhoto"));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
			.contentType(MediaType.IMAGE_JPEG)
			.body(photo);
	}

	/** A village that does not exist or is inactive: a plain public 404 page, no login form. */
	@org.springframework.web.bind.annotation.ExceptionHandler(NotFoundException.class)
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	String notFound() {
		return "publicpage/not-found";
	}

	private String pageUrl(String code) {
		String base = publicBaseUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: publicBaseUrl.replaceAll("/+$", "");
		return base + "/public/villages/" + code;
	}

}
