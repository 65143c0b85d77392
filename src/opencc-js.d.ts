// opencc-js ships types for its presets, not for its dictionary modules (plain strings).
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
