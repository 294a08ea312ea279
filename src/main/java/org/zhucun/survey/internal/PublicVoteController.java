package org.zhucun.survey.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.common.web.DomainException;

/**
 * SAT-1: the voting page, without login, for a phone: the voter types the code on the slip (or scans
 * its QR code, which carries it), sees whom they rate, chooses and submits. The form is sent without
 * a session or CSRF token: the one-time code is what authorises the vote.
 */
@Controller
class PublicVoteController {

	private final VotingService voting;

	PublicVoteController(VotingService voting) {
		this.voting = voting;
	}

	@GetMapping("/public/survey")
	String page(@RequestParam(required = false) String code, Model model, HttpServletRequest request) {
		if (code != null && !code.isBlank()) {
			try {
				model.addAttribute("ballot", voting.ballot(code, request.getRemoteAddr()));
			}
			catch (DomainException ex) {
				model.addAttribute("problem", ex.messageKey());
				model.addAttribute("code", code);
			}
		}
		return "survey/vote";
	}

	@PostMapping("/public/survey")
	String vote(@RequestParam(required = false) String code, @RequestParam(required = false) Answer answer, Model model,
			HttpServletRequest request) {
		try {
			model.addAttribute("voted", voting.vote(code, answer, request.getRemoteAddr()));
		}
		catch (DomainException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("code", code);
			if (!"survey.vote.error.used".equals(ex.messageKey()) && !"survey.vote.error.unknown".equals(ex.messageKey())) {
				try {
					model.addAttribute("ballot", voting.ballot(code, request.getRemoteAddr()));
				}
				catch (DomainException again) {
					// the first message says it
				}
			}
		}
		return "survey/vote";
	}

}
