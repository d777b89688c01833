/**
 * Web adapter shared by every module's pages and API: layout, language, errors as problem+json.
 */
package org.reassure.web;
