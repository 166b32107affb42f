/** The page's icon: a yellow star on red, drawn in SVG so it needs no file. @internal */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#c8102e"/><path fill="#ffde00" d="M32 10l6.5 19.9H59.4L42.5 42.2 49 62 32 49.7 15 62l6.5-19.8L4.6 29.9h20.9z" transform="translate(0 -3) scale(1 .97)"/></svg>`;
