// What GraphiQL, Altair, Postman, Insomnia and Apollo's schema download do: graphql-js's
// standard introspection query with every option, then buildClientSchema. The schema they
// see, and the SDL at /graphql/schema, must equal the contract in ../schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GraphQLSchema,
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { APP_URL, devToken, fail } from './server.mjs';

const CONTRACT_DIR = new URL('../../../schema/src/main/graphql/', import.meta.url).pathname;

const contractSchema = buildSchema(
  readdirSync(CONTRACT_DIR)
    .filter((name) => name.endsWith('.graphqls'))
    .sort()
    .map((name) => readFileSync(join(CONTRACT_DIR, name), 'utf8'))
    .join('\n'),
);
const contractDirectives = new Set(contractSchema.getDirectives().map((directive) => directive.name));
const contract = printed(contractSchema);

// graphql-java also announces directives of its own (@defer…) that no contract declares:
// they are not part of the comparison, and are named in the output.
const extraDirectives = new Set();
function printed(schema) {
  const directives = schema.getDirectives().filter((directive) => {
    if (contractDirectives.has(directive.name)) return true;
    extraDirectives.add(directive.name);
    return false;
  });
  return printSchema(lexicographicSortSchema(new GraphQLSchema({ ...schema.toConfig(), directives })));
}

function firstDifference(actual) {
  const ours = contract.split('\n');
  const theirs = actual.split('\n');
  const line = theirs.findIndex((text, index) => text !== ours[index]);
  return `line ${line + 1}: expected ${JSON.stringify(ours[line])}, got ${JSON.stringify(theirs[line])}`;
}

const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

const anonymous = await fetch(`${APP_URL}/graphql`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query }),
});
if (anonymous.status !== 401) fail(`introspection without a token: HTTP ${anonymous.status}, expected 401`);

const token = await devToken('analyst');
const response = await fetch(`${APP_URL}/graphql`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
  body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
});
const result = await response.json();
if (result.errors?.length) fail(`introspection refused: ${JSON.stringify(result.errors)}`);
const introspected = printed(buildClientSchema(result.data));
if (introspected !== contract) {
  fail(`the introspected schema differs from the contract, ${firstDifference(introspected)}`);
}

const sdl = await fetch(`${APP_URL}/graphql/schema`, { headers: { Authorization: `Bearer ${token}` } });
if (!sdl.ok) fail(`GET /graphql/schema: HTTP ${sdl.status}`);
if (printed(buildSchema(await sdl.text())) !== contract)
  fail('the SDL at /graphql/schema differs from the contract');

console.log(
  `introspection: schema equals the contract (${Object.keys(buildClientSchema(result.data).getTypeMap()).length} types), ` +
    `server ${response.headers.get('Jiaxiao-Server-Version')}, schema ${response.headers.get('Jiaxiao-Schema-Version')}; ` +
    `directives of the server beyond the contract: ${[...extraDirectives].sort().join(', ') || 'none'}`,
);
