declare namespace App {
  interface Locals {
    /**
     * What an MDX article's components show of the rest of the site, set by the
     * article page from its props before it renders the body
     * (src/site/pageData.ts MdxData), so that the page's cache key covers it.
     */
    mdx?: import('./site/pageData').MdxData;
  }
}
