import { BarChartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../viewer/hooks/viewerContext';
import { mayExplore } from '../../viewer/roles';
import '../i18n';

/** The header's way to Explore, for analysts and the principal only. */
export function ExploreLink() {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (!mayExplore(viewer?.roles)) return null;
  return (
    <Link to="/explore" data-testid="explore-link">
      <BarChartOutlined /> {t('nav.explore')}
    </Link>
  );
}
