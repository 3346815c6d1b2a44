import type { OidcMetadata } from 'oidc-client-ts';

/**
 * Under `npm run dev` the SPA runs on Vite's port while the development issuer lives on the
 * backend's. Vite proxies the issuer's paths, so we read the discovery document through the
 * proxy and point its endpoints at our own origin: the whole sign-in then stays same-origin
 * and needs no CORS. The issuer itself is kept, so tokens are still checked against it.
 * Returns undefined when no proxy answers (then the issuer is used directly).
 */
export async function proxiedIssuerMetadata(authority: string): Promise<Partial<OidcMetadata> | undefined> {
  const issuerOrigin = new URL(authority).origin;
  const here = window.location.origin;
  if (issuerOrigin === here) return undefined;
  try {
    const response = await fetch(`${here}/.well-known/openid-configuration`);
    if (!response.ok) return undefined;
    const metadata = (await response.json()) as Record<string, unknown>;
    if (metadata.issuer !== authority.replace(/\/$/, '') && metadata.issuer !== authority) return undefined;
    return Object.fromEntries(
      Object.entries(metadata).map(([key, value]) => [
        key,
        key !== 'issuer' && typeof value === 'string' && value.startsWith(issuerOrigin)
          ? here + value.slice(issuerOrigin.length)
          : value,
      ]),
    ) as Partial<OidcMetadata>;
  } catch {
    return undefined;
  }
}
