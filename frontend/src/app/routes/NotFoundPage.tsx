import { useTranslation } from 'react-i18next';
import { NotFoundResult } from '../../components/NotFoundResult';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return <NotFoundResult title={t('notFound.title')} subTitle={t('notFound.subtitle')} />;
}
