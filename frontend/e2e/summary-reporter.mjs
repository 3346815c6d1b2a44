// A node:test reporter that ends the run with one plain line: "e2e: N passed, N failed".
export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    if (event.data?.nesting !== 0 || event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass' && !event.data.skip && !event.data.todo) passed++;
    if (event.type === 'test:fail') failed++;
  }
  yield `e2e: ${passed} passed, ${failed} failed\n`;
}
