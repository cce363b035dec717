/**
 * HTTP plumbing shared by every route: RFC 9457 problem documents and the error handlers that write
 * them, field errors, request parameter and body parsing (through io's readers), and {@link
 * io.terawatt.server.http.JsonMapperConfig}, the one class that hands io's JSON mapper to Javalin.
 * Routes stay thin: they parse, call a service and format.
 */
package io.terawatt.server.http;
