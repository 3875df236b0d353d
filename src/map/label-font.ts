/** The font stack of every app label layer (served by the style's font-faces, no glyph server). */
export const LABEL_FONT = ["Noto Sans Regular"];
