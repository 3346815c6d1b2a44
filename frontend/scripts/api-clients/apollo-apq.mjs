// Apollo Client with its persisted-query link, as the mobile and web clients of other teams
// use it: the first request sends the hash only, the server asks for the document once,
// learns it, and from then on the hash alone is enough (decision 0015).
import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { APP_URL, devToken, fail } from './server.mjs';

// Apollo Client 3 ships its Node entry points as CommonJS.
const require = createRequire(import.meta.url);
const { ApolloClient, HttpLink, InMemoryCache, gql } = require('@apollo/client/core');
const { createPersistedQueryLink } = require('@apollo/client/link/persisted-queries');

const sent = [];
function recordingFetch(url, options) {
  sent.push(JSON.parse(options.body));
  return fetch(url, options);
}

function client(token) {
  const persisted = createPersistedQueryLink({
    sha256: (document) => createHash('sha256').update(document).digest('hex'),
  });
  const http = new HttpLink({
    uri: `${APP_URL}/graphql`,
    headers: { Authorization: `Bearer ${token}` },
    fetch: recordingFetch,
  });
  return new ApolloClient({ link: persisted.concat(http), cache: new InMemoryCache() });
}

// A document the server has never seen: a comment makes it unique to this run.
const document = gql`
  # apollo-apq ${randomUUID()}
  query ApqViewer {
    viewer {
      username
      roles
    }
  }
`;

const token = await devToken('homeroom');
const first = await client(token).query({ query: document, fetchPolicy: 'network-only' });
if (first.data.viewer?.username !== 'homeroom') fail(`first answer: ${JSON.stringify(first.data)}`);
const second = await client(token).query({ query: document, fetchPolicy: 'network-only' });
if (second.data.viewer?.username !== 'homeroom') fail(`second answer: ${JSON.stringify(second.data)}`);

const shapes = sent.map((body) => (body.query ? 'hash+text' : 'hash'));
if (shapes.join(',') !== 'hash,hash+text,hash') {
  fail(`expected hash, then hash with text, then hash only; sent: ${shapes.join(',')}`);
}
if (
  !sent.every(
    (body) => body.extensions?.persistedQuery?.sha256Hash === sent[0].extensions.persistedQuery.sha256Hash,
  )
) {
  fail('the requests did not carry the same hash');
}
console.log(`apollo-apq: ${shapes.join(' → ')}, the document learned once`);
