// Stylesheets mean nothing to jsdom: each import of one resolves to this empty module.
export {};
