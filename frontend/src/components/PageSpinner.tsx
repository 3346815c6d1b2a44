import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A centred spinner while a page's data loads. */
export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <Flex
      justify="center"
      align="center"
      style={{ minHeight: 240 }}
      role="status"
      aria-label={t('common.loading')}
    >
      <Spin size="large" />
    </Flex>
  );
}
