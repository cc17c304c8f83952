import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installBackstop } from '../lib/backstop/page';

/**
 * The page-world backstop (registered by the background with world: MAIN on the editor hosts, see
 * lib/background/backstop.ts). It has no extension API access and carries no secret.
 */
export default defineUnlistedScript(() => {
  installBackstop(window);
});
