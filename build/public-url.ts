/**
 * The address the map is published at, given at build time:
 * `PUBLIC_URL=https://example.org/graphics/takedown/ npm run build`.
 * It makes the share tags, the canonical link, the embed codes and the
 * downloads' README absolute. SITE_URL is read too (its older name).
 */

/** The normalised public URL (absolute http(s), ending in "/"), or undefined when unset. Throws on a malformed one. */
export function publicUrl(
  raw: string | undefined = process.env.PUBLIC_URL ?? process.env.SITE_URL,
): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `PUBLIC_URL must be an absolute URL such as https://example.org/graphics/takedown/, not "${value}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`PUBLIC_URL must be http(s), not ${url.protocol}`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** What the build prints when no public URL is given. */
export const RELATIVE_WARNING = [
  '',
  '!!! PUBLIC_URL is not set: og:url, og:image, twitter:image and the canonical link are RELATIVE.',
  '!!! Social networks do not resolve relative share tags, so a shared link will show no picture.',
  '!!! Build for publishing with: PUBLIC_URL=https://example.org/graphics/takedown/ npm run build',
  '',
].join('\n');
