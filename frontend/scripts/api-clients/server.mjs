// The running server these clients talk to, and a development token (dev profile only).

export const APP_URL = (process.env.JIAXIAO_URL ?? 'http://localhost:8080').replace(/\/$/, '');

export async function devToken(username) {
  const response = await fetch(`${APP_URL}/dev/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username }),
  });
  if (!response.ok) throw new Error(`POST /dev/token as ${username}: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

/** Ends the process with a message: these scripts are run and judged by their exit code. */
export function fail(message) {
  console.error(message);
  process.exit(1);
}
