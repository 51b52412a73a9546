/// <reference types="vite/client" />

/** The graphic's published and updated dates (yyyy-mm-dd), set at build time (build/edition.ts). */
declare const __EDITION__: { readonly published: string; readonly updated: string };

declare module 'virtual:fine-outlines-url' {
  /** URL of the fine European outlines (build/fine-outlines-plugin.ts). */
  const url: string;
  export default url;
}

declare module 'virtual:map-data-url' {
  /** URL of each operation's map data, by slug (build/map-data-plugin.ts). */
  const urls: Readonly<Record<string, string>>;
  export default urls;
}

declare module 'virtual:campaign-timeline' {
  /** The campaign timeline: entries, labels in every language, the axis laid out (build/campaign-plugin.ts). */
  const timeline: import('./story/campaign-timeline.ts').CampaignTimeline;
  export default timeline;
}
