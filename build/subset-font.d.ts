/** subset-font 2.9 ships no types: subset a TTF/WOFF/WOFF2 font to the characters of `text` (harfbuzz hb-subset, wasm). */
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
