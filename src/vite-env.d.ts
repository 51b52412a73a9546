/// <reference types="vite/client" />

declare module 'virtual:fine-outlines-url' {
  /** URL of the fine European outlines (build/fine-outlines-plugin.ts). */
  const url: string;
  export default url;
}
