import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { PageSpinner } from '../../../components/PageSpinner';
import { formatDateTime, formatTimeSpan } from '../../../lib/format/date';
import { useSchoolTimeZone, useViewer } from '../../viewer/hooks/viewerContext';
import { useContactPrint, type PrintableContact } from '../hooks/useContactPrint';
import { hidePhoneDigits } from '../printFormat';
import './print.css';

/**
 * /contacts/:id/print: one contact as the school's paper 《家访记录》 on an A4 sheet — student,
 * class, address in brief, phones with digits hidden, the time span, form, participants, the
 * contents, analysis, measures, follow-up plan and signature lines. The browser prints it.
 */
export default function ContactPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { contact, error, loading, refetch } = useContactPrint(id);

  if (loading && contact === undefined) return <PageSpinner />;
  if (error && !contact) return <ErrorResult error={error} onRetry={refetch} />;
  if (!contact) return <NotFoundResult title={t('entry.notFound')} />;

  return (
    <div>
      <div className="jx-print-toolbar jx-no-print">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} data-testid="print-back">
          {t('common.back')}
        </Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          data-testid="print-button"
        >
          {t('print.print')}
        </Button>
      </div>
      <PrintSheet contact={contact} />
    </div>
  );
}

function PrintSheet({ contact }: { contact: PrintableContact }) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const school = useViewer()?.school?.name;
  const none = t('print.none');
  const household = contact.students[0]?.household;
  const met = new Set(contact.guardiansMet.map((g) => g.guardianId));
  // The guardians met first; when none were recorded, every guardian on file.
  const guardians = (household?.guardians ?? []).filter((g) => met.size === 0 || met.has(g.id));
  const phones = guardians
    .filter((g) => g.phone)
    .map((g) =>
      t('print.phoneLine', {
        phone: hidePhoneDigits(g.phone!),
        name: g.name,
        relation: t(`relation.${g.relation}`),
      }),
    );
  const participants = [
    t('print.teacher', { name: contact.author?.displayName ?? none }),
    t('print.guardians', {
      names:
        contact.guardiansMet.length > 0
          ? contact.guardiansMet.map((g) => `${g.name}（${t(`relation.${g.relation}`)}）`).join('、')
          : none,
    }),
    ...(contact.otherParticipants ? [t('print.others', { names: contact.otherParticipants })] : []),
    t('print.studentPresent', {
      value: contact.studentPresent == null ? none : contact.studentPresent ? t('print.yes') : t('print.no'),
    }),
  ];
  const title = contact.form === 'HOME_VISIT' ? t('print.titleHomeVisit') : t('print.titleContact');
  const row = (label: string, children: ReactNode, className?: string, testId?: string) => (
    <tr>
      <th scope="row">{label}</th>
      <td colSpan={3} className={className} data-testid={testId}>
        {children}
      </td>
    </tr>
  );
  const text = (value: string | null | undefined) => value || none;

  return (
    <article className="jx-print-sheet" data-testid="print-sheet" lang={t('print.lang')}>
      <h1>
        {school ? `${school} ` : ''}
        {title}
      </h1>
      <p className="jx-print-subtitle">{t('print.subtitle')}</p>
      {contact.retraction && (
        <p className="jx-print-withdrawn" data-testid="print-withdrawn">
          {t('print.withdrawn', { reason: contact.retraction.reason })}
        </p>
      )}
      <table className="jx-print-table">
        <colgroup>
          <col style={{ width: '19%' }} />
          <col style={{ width: '31%' }} />
          <col style={{ width: '19%' }} />
          <col style={{ width: '31%' }} />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">{t('print.student')}</th>
            <td data-testid="print-students">{contact.students.map((s) => s.name).join('、') || none}</td>
            <th scope="row">{t('print.class')}</th>
            <td data-testid="print-classes">
              {[...new Set(contact.students.map((s) => s.class.name))].join('、') || none}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('print.address')}</th>
            <td data-testid="print-address">{text(household?.address)}</td>
            <th scope="row">{t('print.phone')}</th>
            <td data-testid="print-phones">{phones.length > 0 ? phones.join('\n') : none}</td>
          </tr>
          <tr>
            <th scope="row">{t('print.time')}</th>
            <td data-testid="print-time">
              {formatTimeSpan(contact.occurredAt, contact.durationMinutes, timeZone)}
            </td>
            <th scope="row">{t('print.formKind')}</th>
            <td data-testid="print-form">
              {t(`contactForm.${contact.form}`)} · {t(`contactKind.${contact.kind}`)}
            </td>
          </tr>
          {row(t('print.place'), text(contact.place))}
          {row(t('print.participants'), participants.join('\n'), undefined, 'print-participants')}
          {row(t('print.purpose'), contact.summary, 'jx-print-tall', 'print-summary')}
          {row(t('print.familySituation'), text(contact.familySituationObserved), undefined, 'print-family')}
          {row(t('print.schoolReport'), text(contact.schoolReport), undefined, 'print-school-report')}
          {row(t('print.familyReport'), text(contact.familyReport), undefined, 'print-family-report')}
          {row(t('print.guidance'), text(contact.homeLearningGuidance))}
          {row(t('print.analysis'), text(contact.analysis), 'jx-print-tall', 'print-analysis')}
          {row(
            t('print.measures'),
            [
              t('print.countermeasure', { text: text(contact.countermeasure) }),
              t('print.agreed', { text: text(contact.agreedMeasures) }),
            ].join('\n'),
            undefined,
            'print-measures',
          )}
          {row(
            t('print.followUps'),
            contact.followUps.length > 0 ? (
              <ol>
                {contact.followUps.map((f, index) => (
                  <li key={index}>
                    {t('print.followUp', {
                      action: f.action,
                      owner: f.owner,
                      due: f.dueDate ?? none,
                    })}
                  </li>
                ))}
              </ol>
            ) : (
              none
            ),
            undefined,
            'print-follow-ups',
          )}
          {row(t('print.schoolMatter'), contact.needsSchool ? text(contact.schoolMatter) : none)}
          {row(t('print.effect'), '', 'jx-print-blank')}
        </tbody>
      </table>
      <div className="jx-print-signatures">
        <span>{t('print.teacherSignature')}</span>
        <span>{t('print.guardianSignature')}</span>
        <span>{t('print.date')}</span>
      </div>
      <p className="jx-print-footer">
        {t('print.footer', {
          name: contact.author?.displayName ?? none,
          at: formatDateTime(contact.recordedAt, timeZone),
          id: contact.id,
        })}
      </p>
    </article>
  );
}
