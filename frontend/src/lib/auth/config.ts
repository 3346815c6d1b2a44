/** What the backend tells the SPA about its identity provider (GET /api/config). */
export interface AuthConfig {
  authority: string;
  clientId: string;
  scope: string;
}

export async function fetchAuthConfig(): Promise<AuthConfig> {
  const response = await fetch('/api/config', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/config: HTTP ${response.status}`);
  const config = (await response.json()) as Partial<AuthConfig>;
  if (!config.authority || !config.clientId)
    throw new Error('GET /api/config: authority or clientId missing');
  return { authority: config.authority, clientId: config.clientId, scope: config.scope ?? 'openid profile' };
}
