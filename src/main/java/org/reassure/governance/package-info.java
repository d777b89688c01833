/**
 * How the coalition decides: statutes, weight tables, proposals, decision rules, ballots and tallies.
 */
package org.reassure.governance;
