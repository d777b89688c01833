package org.reassure.ledger.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reassure.ledger.EntryFilter;
import org.reassure.ledger.LedgerView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The record page: the latest signed tree head, who cosigned it, and the entries, each of which
 * the browser can check against the signed head by itself.
 */
@Controller
class LedgerPage {

	static final List<String> MODULES = List.of("access", "coalition", "ledger", "governance", "guarantees", "forcegen", "monitoring", "commission");
	private static final int PAGE = 100;

	private final LedgerView view;

	LedgerPage(LedgerView view) {
		this.view = view;
	}

	@GetMapping("/ledger")
	String ledger(@RequestParam(required = false) String module, @RequestParam(required = false) String nation,
			@RequestParam(required = false) String action, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, Model model) {
		model.addAttribute("head", view.latestTreeHead().orElse(null));
		model.addAttribute("size", view.size());
		model.addAttribute("entries", view.entries(new EntryFilter(null, null, module, nation, action,
				since == null ? null : since.atStartOfDay().toInstant(ZoneOffset.UTC),
				until == null ? null : until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), PAGE)));
		model.addAttribute("modules", MODULES);
		Map<String, String> filter = new LinkedHashMap<>();
		filter.put("module", module == null ? "" : module);
		filter.put("nation", nation == null ? "" : nation);
		filter.put("action", action == null ? "" : action);
		filter.put("since", since == null ? "" : since.toString());
		filter.put("until", until == null ? "" : until.toString());
		model.addAttribute("filter", filter);
		return "ledger/ledger";
	}
}
