import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ComplianceNotVisitedDocument,
  type ComplianceReportQuery,
  type ComplianceScopeInput,
  type ReportPeriodInput,
  type StaffRole,
} from '../../../gql/graphql';
import { downloadBlob } from '../../../lib/download';
import { request } from '../../../lib/graphql/client';
import { downloadCsv, reportToCsv } from '../csv';

interface ExportButtonsProps {
  report: ComplianceReportQuery['complianceReport'];
  scope: ComplianceScopeInput;
  period: ReportPeriodInput;
  roles: readonly StaffRole[];
}

/**
 * CSV and Excel downloads of the figures on screen. The Excel writer loads on the first
 * click (it is not part of any screen's first load); the students not yet visited are
 * fetched then, and only for the roles that work with the families.
 */
export function ExportButtons({ report, scope, period, roles }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const [failure, setFailure] = useState<string>();

  const exportXlsx = async () => {
    setExporting(true);
    setFailure(undefined);
    try {
      const xlsx = await import('../xlsx');
      const notVisited = xlsx.mayListNotVisited(roles)
        ? (await request(ComplianceNotVisitedDocument, { scope, period })).complianceReport.classes
        : null;
      const workbook = await xlsx.reportToXlsx(report, notVisited, t);
      downloadBlob(workbook, `compliance-${report.period.label}.xlsx`);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Flex vertical gap={8} align="end">
      <Flex gap={8}>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => downloadCsv(reportToCsv(report, t), `compliance-${report.period.label}.csv`)}
          data-testid="export-csv"
        >
          {t('compliance.exportCsv')}
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          loading={exporting}
          onClick={() => void exportXlsx()}
          data-testid="export-xlsx"
        >
          {t('compliance.exportXlsx')}
        </Button>
      </Flex>
      {failure && <Alert type="error" showIcon title={t('compliance.exportFailed', { message: failure })} />}
    </Flex>
  );
}
