package org.bigsociety.timebank.web;

import java.io.IOException;
import java.util.List;

import org.bigsociety.timebank.exchanges.PaperSheets;
import org.bigsociety.timebank.exchanges.PaperSheets.Imported;
import org.bigsociety.timebank.exchanges.PaperSheets.Rejected;
import org.bigsociety.timebank.listings.Categories;
import org.bigsociety.timebank.membership.Brokers;
import org.bigsociety.timebank.membership.TimeBank;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Brokers upload paper time sheets as CSV: all rows or none, each problem reported by its line. */
@Controller
class ImportPages {

	private final TimeBankPages banks;
	private final PaperSheets sheets;
	private final Brokers brokers;
	private final Categories categories;
	private final MessageSource messages;
	private final Me me;

	ImportPages(TimeBankPages banks, PaperSheets sheets, Brokers brokers, Categories categories,
			MessageSource messages, Me me) {
		this.banks = banks;
		this.sheets = sheets;
		this.brokers = brokers;
		this.categories = categories;
		this.messages = messages;
		this.me = me;
	}

	@GetMapping("/timebanks/{bank}/import")
	String form(@PathVariable String bank, @RequestParam(required = false) Integer imported,
			@RequestParam(required = false) Integer already, Model model) {
		TimeBank timeBank = banks.bank(bank);
		brokers.require(me.required(), timeBank);
		model.addAttribute("imported", imported);
		model.addAttribute("already", already == null ? 0 : already);
		return page(model, timeBank, List.of());
	}

	@PostMapping("/timebanks/{bank}/import")
	String upload(@PathVariable String bank, @RequestParam(required = false) MultipartFile sheet, Model model)
			throws IOException {
		TimeBank timeBank = banks.bank(bank);
		try {
			Imported result = sheets.importSheet(timeBank, me.required(), sheet == null ? null : sheet.getBytes());
			return "redirect:/timebanks/" + timeBank.slug() + "/import?imported=" + result.imported() + "&already="
					+ result.alreadyImported();
		}
		catch (Rejected rejected) {
			List<String> problems = rejected.problems().stream().map(p -> {
				String text = messages.getMessage(p.messageKey(), p.arguments().toArray(), java.util.Locale.UK);
				return p.line() == 0 ? text
						: messages.getMessage("timebank.import.line", new Object[] { p.line(), text },
								java.util.Locale.UK);
			}).toList();
			model.addAttribute("imported", null);
			return page(model, timeBank, problems);
		}
	}

	private String page(Model model, TimeBank bank, List<String> problems) {
		model.addAttribute("bank", bank);
		model.addAttribute("problems", problems);
		model.addAttribute("header", PaperSheets.HEADER);
		model.addAttribute("categories", categories.codes());
		return "timebank/import";
	}
}
