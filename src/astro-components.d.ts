// Plain `tsc` does not read .astro files (`astro check` does): to it, an imported component is of Astro's component type.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
