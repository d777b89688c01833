/**
 * Users, the nation or staff they act for, their roles and API tokens; who may call what (deny by default).
 */
package org.reassure.access;
