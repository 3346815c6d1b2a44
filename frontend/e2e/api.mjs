// Direct calls to the running backend, for test set-up (not through the browser).

export const APP_URL = (process.env.JIAXIAO_URL ?? 'http://localhost:8080').replace(/\/$/, '');

/** A token from the development identity provider's shortcut (POST /dev/token). */
export async function devToken(username) {
  const response = await fetch(`${APP_URL}/dev/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username }),
  });
  if (!response.ok) throw new Error(`POST /dev/token as ${username}: HTTP ${response.status}`);
  const { access_token: token } = await response.json();
  if (!token) throw new Error('POST /dev/token: no access_token in the answer');
  return token;
}

export async function graphql(token, query, variables = {}) {
  const response = await fetch(`${APP_URL}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || body.errors?.length) {
    throw new Error(`GraphQL: HTTP ${response.status} ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** A student of another grade than `grade`, seen through the principal's eyes. */
export async function studentOutsideGrade(grade) {
  const token = await devToken('principal');
  const { viewer } = await graphql(
    token,
    '{ viewer { classes { id name grade students(first: 1) { edges { node { id name } } } } } }',
  );
  const other = viewer?.classes.find((c) => c.grade !== grade && c.students.edges.length > 0);
  if (!other) throw new Error(`the principal sees no class outside grade ${grade} with students`);
  return { ...other.students.edges[0].node, className: other.name };
}

/** The students of a class as `username` sees them: id, name, last contact, guardians' phones. */
export async function classStudents(username, className) {
  const token = await devToken(username);
  const { viewer } = await graphql(
    token,
    `
      {
        viewer {
          classes {
            name
            students(first: 100) {
              edges {
                node {
                  id
                  name
                  lastContactAt
                  household {
                    id
                    guardians {
                      name
                      phone
                    }
                  }
                }
              }
            }
          }
        }
      }
    `,
  );
  const schoolClass = viewer?.classes.find((c) => c.name === className);
  if (!schoolClass) throw new Error(`${username} does not see ${className}`);
  return schoolClass.students.edges.map((edge) => edge.node);
}
