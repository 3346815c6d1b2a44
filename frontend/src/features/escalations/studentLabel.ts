/**
 * The name to show for an escalation's student: the name when the caller sees the student,
 * else the masked name the server gives everyone who sees the escalation (finance reviewing a
 * refund sees no family's record).
 */
export function studentLabel(escalation: {
  student: { name: string } | null;
  maskedStudentName: string;
}): string {
  return escalation.student?.name ?? escalation.maskedStudentName;
}
