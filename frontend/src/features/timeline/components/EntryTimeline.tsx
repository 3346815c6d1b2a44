import { Alert, Empty, Spin, Timeline } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/ErrorResult';
import { InfiniteLoader } from '../../../components/InfiniteLoader';
import { PageSpinner } from '../../../components/PageSpinner';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';
import { useTimeline, type TimelineEntry, type TimelineSource } from '../hooks/useTimeline';
import { activeFilterCount, toTimelineFilter, type TimelineFilterValues } from '../timelineFilter';
import {
  ESCALATION_COLOR,
  ESCALATION_ICON,
  FORM_ICONS,
  INCIDENT_COLOR,
  INCIDENT_ICON,
  KIND_COLORS,
  NOTE_COLOR,
  NOTE_ICON,
  WITHDRAWN_COLOR,
} from './contactMeta';
import { TimelineEntryContent, type TimelineIncident } from './TimelineEntryContent';
import { TimelineFilters } from './TimelineFilters';

// The detail (Descriptions, the amend form, the withdraw dialog) loads on the first click.
const EntryDetailDrawer = lazy(() =>
  import('./EntryDetailDrawer').then((m) => ({ default: m.EntryDetailDrawer })),
);

export interface EntryTimelineProps {
  source: TimelineSource;
  /** Bump to reload from the first page. */
  version?: number;
  /** On a household's timeline: name the children each entry is about. */
  showStudents?: boolean;
  /** After an entry was amended or withdrawn here. */
  onChanged?: () => void;
  /** Offered on unanswered incidents: record the immediate contact that answers one. */
  onAnswerIncident?: (incident: TimelineIncident) => void;
  /** An entry whose detail opens at once (a link from elsewhere names it). */
  initialEntryId?: string | null;
}

function entryIcon(entry: TimelineEntry, t: (key: string) => string) {
  const withdrawn = entry.retraction != null;
  let Icon = NOTE_ICON;
  let color = NOTE_COLOR;
  let label = t('entryType.NOTE');
  if (entry.__typename === 'Contact') {
    Icon = FORM_ICONS[entry.form];
    color = KIND_COLORS[entry.kind];
    label = t(`contactForm.${entry.form}`);
  } else if (entry.__typename === 'Incident') {
    Icon = INCIDENT_ICON;
    color = INCIDENT_COLOR;
    label = t('entryType.INCIDENT');
  } else if (entry.__typename === 'EscalationUpdate') {
    Icon = ESCALATION_ICON;
    color = ESCALATION_COLOR;
    label = t('entryType.ESCALATION');
  }
  if (withdrawn) color = WITHDRAWN_COLOR;
  return {
    color,
    icon: <Icon style={{ color, fontSize: 16 }} aria-label={label} data-testid="timeline-icon" />,
  };
}

/**
 * A timeline as an antd Timeline, newest first: an icon per contact form (incidents and notes
 * have their own), a colour per kind; filters; the next page loads when the end comes into
 * view ("load more" as the fallback); a click opens the entry's detail.
 */
export function EntryTimeline({
  source,
  version = 0,
  showStudents = false,
  onChanged,
  onAnswerIncident,
  initialEntryId = null,
}: EntryTimelineProps) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const [filterValues, setFilterValues] = useState<TimelineFilterValues>({});
  const [changes, setChanges] = useState(0);
  const [selected, setSelected] = useState<string | null>(initialEntryId);
  const [detailLoaded, setDetailLoaded] = useState(initialEntryId !== null);
  const timeline = useTimeline(source, toTimelineFilter(filterValues, timeZone), version + changes);
  const filtered = activeFilterCount(filterValues) > 0;

  const open = (id: string) => {
    setDetailLoaded(true);
    setSelected(id);
  };

  let body;
  if (timeline.loading && timeline.nodes.length === 0) {
    body = <PageSpinner />;
  } else if (timeline.error && timeline.nodes.length === 0) {
    body = <ErrorResult error={timeline.error} onRetry={timeline.reload} />;
  } else if (timeline.nodes.length === 0) {
    body = <Empty description={filtered ? t('timeline.noMatch') : t('timeline.empty')} />;
  } else {
    const items = timeline.nodes.map((entry) => ({
      key: entry.id,
      ...entryIcon(entry, t),
      content: (
        <TimelineEntryContent
          entry={entry}
          timeZone={timeZone}
          showStudents={showStudents}
          onOpen={open}
          onAnswer={onAnswerIncident}
        />
      ),
    }));
    body = (
      <Spin spinning={timeline.loading}>
        <Timeline items={items} data-testid="timeline" />
        {timeline.error && (
          <Alert type="error" showIcon title={t('common.errorTitle')} description={timeline.error.message} />
        )}
        <InfiniteLoader
          hasMore={timeline.hasNextPage}
          loading={timeline.loadingMore}
          paused={timeline.error !== undefined}
          onLoadMore={timeline.loadMore}
        />
      </Spin>
    );
  }

  return (
    <>
      <TimelineFilters value={filterValues} onChange={setFilterValues} />
      {body}
      <Suspense fallback={null}>
        {detailLoaded && (
          <EntryDetailDrawer
            entryId={selected}
            onClose={() => setSelected(null)}
            onOpenEntry={open}
            onChanged={() => {
              setChanges((c) => c + 1);
              onChanged?.();
            }}
          />
        )}
      </Suspense>
    </>
  );
}
