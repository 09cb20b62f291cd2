/**
 * The Content-Security-Policy of every page, with a fresh nonce per request (set by the proxy; Next puts the
 * nonce on its own scripts by reading this header from the request). Scripts run only with the nonce or when
 * loaded by a script that has it ('strict-dynamic'); nothing may frame the portal, post forms elsewhere or
 * change the base URL.
 * Styles allow 'unsafe-inline': React renders `style` attributes on the server (e.g. the course player's
 * progress bars) and Radix's scroll lock injects a <style> element at runtime without a nonce. Style injection
 * cannot run script, so the script policy carries the protection.
 */
export function contentSecurityPolicy({
  nonce,
  https,
  development,
}: {
  nonce: string;
  https: boolean;
  development: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    // Development only: React's dev tools and Fast Refresh evaluate code.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Two years, subdomains included; only ever sent on https responses (browsers ignore it on http anyway). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
