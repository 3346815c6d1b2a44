import { EntryTimeline, type EntryTimelineProps } from './EntryTimeline';

interface StudentTimelineProps extends Omit<EntryTimelineProps, 'source' | 'showStudents'> {
  studentId: string;
}

/** A student's timeline: contacts, incidents and notes, newest first. */
export function StudentTimeline({ studentId, ...props }: StudentTimelineProps) {
  return <EntryTimeline source={{ studentId }} {...props} />;
}
