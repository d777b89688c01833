package org.reassure.guarantees.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.reassure.coalition.Citation;
import org.reassure.coalition.SourceId;
import org.reassure.shared.Conflict;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reads the text fields of the pages' forms into values, refusing bad input with the field's
 * name, and runs a form's command, turning a refusal into a message on the page it returns to.
 */
final class FormInput {

	private FormInput() {
	}

	static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
		if (text(value) == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation(field, "one-of", field + " is one of " + Arrays.toString(type.getEnumConstants()) + ", was: " + value);
		}
	}

	static LocalDate date(String field, String value) {
		if (text(value) == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation(field, "date", field + " is a date (yyyy-mm-dd), was: " + value);
		}
	}

	static BigDecimal number(String field, String value) {
		if (text(value) == null) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new RuleViolation(field, "number", field + " is a number, was: " + value);
		}
	}

	static Integer whole(String field, String value) {
		if (text(value) == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw new RuleViolation(field, "integer", field + " is a whole number, was: " + value);
		}
	}

	/** The one citation a form gives: a source with a quote, or the public record with a description. */
	static List<Citation> citation(String source, String quote, String description) {
		if (text(source) == null) {
			return List.of();
		}
		return List.of(new Citation(new SourceId(source.strip()), text(quote), text(description)));
	}

	/** Runs the command and returns where to go: {@code success} with a notice, or {@code back} with the refusal. */
	static String attempt(RedirectAttributes flash, String back, Supplier<String> command) {
		try {
			String next = command.get();
			flash.addFlashAttribute("notice", "saved");
			return "redirect:" + next;
		}
		catch (RuleViolation e) {
			flash.addFlashAttribute("error", e.field() + ": " + e.getMessage());
		}
		catch (Conflict e) {
			flash.addFlashAttribute("error", e.field() + ": " + e.getMessage());
		}
		catch (NotFound e) {
			flash.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:" + back;
	}
}
