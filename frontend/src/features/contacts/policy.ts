import type { ContactForm, ContactKind } from '../../gql/graphql';

/**
 * The school's record–analysis–countermeasure rule (有记录、有分析、有对策), as the server
 * applies it by default: home visits, and focus or immediate contacts of any form, must carry
 * an analysis and a countermeasure. The server checks again (REQUIRED_BY_POLICY).
 */
export const ANALYSIS_REQUIRED_FORMS: readonly ContactForm[] = ['HOME_VISIT'];
export const ANALYSIS_REQUIRED_KINDS: readonly ContactKind[] = ['FOCUS', 'IMMEDIATE'];

export function requiresAnalysis(form: ContactForm | undefined, kind: ContactKind | undefined): boolean {
  return (
    (form !== undefined && ANALYSIS_REQUIRED_FORMS.includes(form)) ||
    (kind !== undefined && ANALYSIS_REQUIRED_KINDS.includes(kind))
  );
}
