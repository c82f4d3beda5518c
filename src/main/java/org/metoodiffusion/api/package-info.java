/**
 * What every REST endpoint shares: errors as RFC 9457 {@code application/problem+json}, each with
 * a stable {@code type} URN, and the OpenAPI description.
 */
package org.metoodiffusion.api;
