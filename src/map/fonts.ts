/** The font stack name that the basemap style declares in its `font-faces`. */
export const LABEL_FONT = 'Noto Sans Regular';
