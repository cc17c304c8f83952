import { t } from '../../lib/i18n/all';
import { GateSettings } from './review/GateSettings';
import { Reviewers } from './review/Reviewers';
import { Section } from './ui';

/** 审核与发布: publish gate mode, 先审后发 levels and the reviewers (PINs stored only as PBKDF2 hashes). */
export function Review() {
  return (
    <Section id="review" title={t('navReview')} intro={t('reviewIntro')}>
      <GateSettings />
      <Reviewers />
    </Section>
  );
}
