/**
 * HTTP plumbing shared by every route: RFC 9457 problem documents, field errors and request
 * parameter parsing. Routes stay thin: they parse, call a service and format.
 */
package io.terawatt.server.http;
