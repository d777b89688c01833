/**
 * Web adapter of the ledger: its REST API and page. A module of its own, nested in the ledger,
 * because it names the access module's types while the access module records through the ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger web")
package org.reassure.ledger.web;
