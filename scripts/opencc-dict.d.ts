declare module 'opencc-js/dict/STPhrases' {
  /** OpenCC's simplified → traditional phrase table: "简 繁|简 繁 繁|…" (Apache-2.0). */
  const table: string;
  export default table;
}
