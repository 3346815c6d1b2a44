import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The hosted CI's workflow, checked against GitHub's own workflow schema and parser
 * (@actions/workflow-parser, the one that validates workflows on github.com): an invalid
 * workflow fails the build here instead of failing silently on the hosted runner.
 */
async function problems(content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: 'ci.yml', content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || !parsed.value) return errors.length > 0 ? errors : ['no workflow'];
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((error) => error.Message);
}

const workflow = readFileSync(resolve(import.meta.dirname, '../../.github/workflows/ci.yml'), 'utf8');

describe('.github/workflows/ci.yml', () => {
  it('is a valid workflow', async () => {
    expect(await problems(workflow)).toEqual([]);
  });

  it('runs the tests against the embedded server and MongoDB 7.0 and 8.0', () => {
    expect(workflow).toMatch(/mongo: \[embedded, "mongo:7\.0", "mongo:8\.0"\]/);
  });

  it('would be refused with a job that names no runner', async () => {
    const broken = workflow.replace(
      '    runs-on: ubuntu-24.04\n    timeout-minutes: 60\n',
      '    timeout-minutes: 60\n',
    );
    expect(broken).not.toEqual(workflow);
    expect(await problems(broken)).not.toEqual([]);
  });

  it('would be refused with a step key GitHub does not know', async () => {
    const broken = workflow.replace(
      '      - name: ./mvnw verify\n',
      '      - name: ./mvnw verify\n        runs: now\n',
    );
    expect(broken).not.toEqual(workflow);
    expect(await problems(broken)).not.toEqual([]);
  });
});
