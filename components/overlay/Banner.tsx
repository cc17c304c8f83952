import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface Props {
  onDiagnose(): void;
}

/**
 * Shown on an editor page whose editor is not recognised: the gate is failing closed (publish controls are
 * stopped), and the user should know why and how to get help. Dismissing hides the banner, not the gate.
 */
export function Banner({ onDiagnose }: Props) {
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <div class="pg-banner" role="alert" data-testid="pg-banner">
      <strong>{t('bannerUnrecognised')}</strong>
      <span class="pg-banner-help">{t('bannerUnrecognisedHelp')}</span>
      <button type="button" class="pg-btn" onClick={onDiagnose} data-testid="pg-banner-diagnose">
        {t('bannerDiagnose')}
      </button>
      <button type="button" class="pg-btn" onClick={() => setHidden(true)} aria-label={t('bannerDismiss')}>
        {t('bannerDismiss')}
      </button>
    </div>
  );
}
