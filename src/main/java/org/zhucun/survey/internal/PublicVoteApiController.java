package org.zhucun.survey.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** SAT-1: voting with a one-time code in JSON, without login (the code is the credential). */
@RestController
@RequestMapping("/api/v1/public/survey")
@Tag(name = "Satisfaction survey voting", description = "SAT-1: anonymous votes with one-time codes, no login")
class PublicVoteApiController {

	private final VotingService voting;

	PublicVoteApiController(VotingService voting) {
		this.voting = voting;
	}

	@GetMapping("/ballot")
	@Operation(summary = "Whom an unused code of an open survey rates")
	VotingService.Ballot ballot(@RequestParam String code, HttpServletRequest request) {
		return voting.ballot(code, request.getRemoteAddr());
	}

	@PostMapping("/votes")
	@Operation(summary = "Cast the vote of a code: exactly once per code; 409 when it has voted or the survey is closed")
	VotingService.Ballot vote(@RequestBody VoteRequest vote, HttpServletRequest request) {
		return voting.vote(vote.code(), vote.answer(), request.getRemoteAddr());
	}

	record VoteRequest(String code, Answer answer) {
	}

}
