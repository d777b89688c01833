package org.reassure.guarantees;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

import org.reassure.shared.RuleViolation;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * How much a commitment offers: a positive quantity in a unit, or an amount of money in an ISO 4217 currency.
 */
public record Measure(BigDecimal amount, MeasureUnit unit, Currency currency) {

	private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
	private static final BigDecimal LIMIT = new BigDecimal("1e15");

	public Measure {
		if (amount == null) {
			throw new RuleViolation("quantity", "required", "a measure needs a quantity");
		}
		if (amount.signum() <= 0) {
			throw new RuleViolation("quantity", "positive", "the quantity must be positive, was: " + amount.toPlainString());
		}
		if (amount.compareTo(LIMIT) >= 0) {
			throw new RuleViolation("quantity", "range", "the quantity must be below 10^15");
		}
		if ((unit == null) == (currency == null)) {
			throw new RuleViolation("unit", "unit-or-currency", "give either a unit or a currency, not both and not neither");
		}
		if (unit != null && unit.whole() && amount.stripTrailingZeros().scale() > 0) {
			throw new RuleViolation("quantity", "whole", "a quantity of " + unit + " is a whole number, was: " + amount.toPlainString());
		}
		if (currency != null && currency.getDefaultFractionDigits() >= 0 && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
			throw new RuleViolation("quantity", "minor-units", "an amount in " + currency + " has at most " + currency.getDefaultFractionDigits() + " decimals");
		}
		amount = amount.stripTrailingZeros();
		if (amount.scale() < 0) {
			amount = amount.setScale(0);
		}
	}

	public static Measure counted(BigDecimal quantity, MeasureUnit unit) {
		return new Measure(quantity, unit, null);
	}

	public static Measure money(BigDecimal amount, String currencyCode) {
		return new Measure(amount, null, currency(currencyCode));
	}

	/** The measure a request describes, or none when it gives no quantity, unit nor currency. */
	public static Measure of(BigDecimal quantity, MeasureUnit unit, String currencyCode) {
		if (quantity == null && unit == null && (currencyCode == null || currencyCode.isBlank())) {
			return null;
		}
		return new Measure(quantity, unit, currencyCode == null || currencyCode.isBlank() ? null : currency(currencyCode));
	}

	@JsonIgnore
	public boolean isMoney() {
		return currency != null;
	}

	private static Currency currency(String code) {
		if (code == null || !CURRENCY_CODE.matcher(code).matches()) {
			throw new RuleViolation("currency", "iso4217", "a currency is an ISO 4217 code of three upper-case letters (EUR, GBP, USD), was: " + code);
		}
		try {
			return Currency.getInstance(code);
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation("currency", "iso4217", "unknown ISO 4217 currency: " + code);
		}
	}
}
