import { GateSettings } from './review/GateSettings';
import { Reviewers } from './review/Reviewers';
import { Section } from './ui';

/** 审核与发布: publish gate mode, 先审后发 levels and the reviewers (PINs stored only as PBKDF2 hashes). */
export function Review() {
  return (
    <Section
      id="review"
      title="审核与发布"
      intro="发布拦截方式和“先审后发”的签发级数是默认设置，账号配置可以覆盖，单位策略优先于两者。"
    >
      <GateSettings />
      <Reviewers />
    </Section>
  );
}
