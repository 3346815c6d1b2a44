import { EntryTimeline, type EntryTimelineProps } from './EntryTimeline';

interface HouseholdTimelineProps extends Omit<EntryTimelineProps, 'source' | 'showStudents'> {
  householdId: string;
}

/** The household's children's timelines merged, newest first; a shared contact shows once. */
export function HouseholdTimeline({ householdId, ...props }: HouseholdTimelineProps) {
  return <EntryTimeline source={{ householdId }} showStudents {...props} />;
}
