package org.reassure.governance;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.reassure.shared.NationCode;

/**
 * How the tally writes numbers in its explanations. Shares are rounded down, so a share shown as
 * 55.0 % is never below a 55 % threshold it is said to reach.
 */
final class Figures {

	private Figures() {
	}

	static char decimalSeparator(Locale locale) {
		return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? ',' : '.';
	}

	/** {@code part} as a percentage of {@code whole} with one decimal, rounded down: "60.7 %". */
	static String percent(long part, long whole, Locale locale) {
		long tenths = whole == 0 ? 0 : Math.multiplyExact(part, 1000L) / whole;
		return tenths / 10 + String.valueOf(decimalSeparator(locale)) + tenths % 10 + " %";
	}

	/** A number of hundredths written with as few decimals as it needs: 5500 is "55", 3333 is "33.33". */
	static String hundredths(long hundredths, char separator) {
		long units = hundredths / 100;
		long decimals = hundredths % 100;
		if (decimals == 0) {
			return Long.toString(units);
		}
		return decimals % 10 == 0 ? units + String.valueOf(separator) + decimals / 10 : units + String.valueOf(separator) + (decimals < 10 ? "0" : "") + decimals;
	}

	/**
	 * A group of members and the weight behind it, against two thresholds: "17 of 28 members (60.7 % >= 55 %)
	 * representing 71.2 % of the population (>= 65 %)".
	 */
	static Explanation bloc(Count count, long members, Share memberShare, long weight, Share weightShare) {
		String membersReached = compare(memberShare.isMetBy(members, count.members()));
		String weightReached = compare(weightShare.isMetBy(weight, count.totalWeight()));
		return new Explanation(
				members + " of " + count.members() + " members (" + percent(members, count.members(), Locale.ENGLISH) + " " + membersReached + " "
						+ memberShare.percent(Locale.ENGLISH) + ") representing " + percent(weight, count.totalWeight(), Locale.ENGLISH) + " "
						+ count.basis().ofWhole().en() + " (" + weightReached + " " + weightShare.percent(Locale.ENGLISH) + ")",
				members + " des " + count.members() + " membres (" + percent(members, count.members(), Locale.FRENCH) + " " + membersReached + " "
						+ memberShare.percent(Locale.FRENCH) + ") représentant " + percent(weight, count.totalWeight(), Locale.FRENCH) + " "
						+ count.basis().ofWhole().fr() + " (" + weightReached + " " + weightShare.percent(Locale.FRENCH) + ")");
	}

	/** "2 members" and "2 membres", with the French verb that agrees: "a" or "ont". */
	static Explanation members(long n, String verbEn, String verbFrSingular, String verbFrPlural) {
		return new Explanation(count(n, "member", "members", Locale.ENGLISH) + " " + verbEn,
				count(n, "membre", "membres", Locale.FRENCH) + " " + (singular(n, Locale.FRENCH) ? verbFrSingular : verbFrPlural));
	}

	static String nations(List<NationCode> nations) {
		return nations.stream().map(NationCode::value).collect(Collectors.joining(", "));
	}

	/** "1 member", "2 members"; in French zero is singular too ("0 abstention"). */
	static String count(long n, String one, String many, Locale locale) {
		return n + " " + (singular(n, locale) ? one : many);
	}

	private static String compare(boolean reached) {
		return reached ? ">=" : "<";
	}

	static boolean singular(long n, Locale locale) {
		return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? n < 2 : n == 1;
	}
}
