/**
 * The public address the portal is served from (SITE_URL); citations, canonical links and the
 * downloads' `url` fields use it. Read by astro.config.mjs and the scripts that write downloads.
 */
export const SITE_URL = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
