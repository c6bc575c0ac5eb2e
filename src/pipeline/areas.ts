// Generic phrases for areas and lines ("the border", "the demilitarised zones") and the layer
// each stands for. Resolved against the gazetteer's entries by `layer`, never to a new point.

export interface AreaPhrase {
  layer: string;
  re: RegExp;
}

// Order matters: earlier patterns win where matches overlap ("border areas that had been
// demilitarised" is the demilitarised zones, not the border).
export const AREA_PHRASES: AreaPhrase[] = [
  {
    layer: 'demilitarised-zones',
    re: /\b(?:(?:zones|areas)\s+(?:that\s+)?(?:were|had\s+been|have\s+been|was)\s+demilitari[sz]ed|(?:border\s+)?areas\s+(?:that\s+)?(?:had\s+been|were|have\s+been)\s+demilitari[sz]ed|demilitari[sz]ed\s+(?:zones|areas))\b/gi,
  },
  { layer: 'dmz', re: /\b(?:(?:korean|heavily[- ](?:fortified|armed|guarded|mined))\s+)?demilitari[sz]ed\s+zone\b(?!s)|\bDMZ\b/g },
  { layer: 'dmz', re: /\b(?:heavily[- ](?:fortified|armed|guarded|mined)\s+)?demilitari[sz]ed\s+zone\b(?!s)/gi },
  {
    layer: 'nll',
    re: /\b(?:(?:disputed|de\s+facto|western|tense)\s+)*(?:maritime|sea|western\s+sea)\s+(?:border|boundary)\b|\bnorthern\s+limit\s+line\b|\bNLL\b/gi,
  },
  {
    layer: 'mdl',
    re: /\b(?:military\s+demarcation\s+line|ceasefire\s+line|armistice\s+line|truce\s+line|front[\s-]?line(?!\s+(?:towns?|cit(?:y|ies)|villages?|islands?|count(?:y|ies)|residents|commanders?|units?|troops|soldiers|forces|divisions?)\b)|MDL)\b|\b(?:inter-korean\s+|heavily[- ](?:fortified|armed|guarded|militari[sz]ed)\s+|land\s+|military\s+)?(?:border|frontier)\b(?!\s+(?:town|city|village|island|county|counties|guards?|patrols?|crossings?|police|units?|posts?)\b)(?!-)/gi,
  },
];

// A lone phrase after these is a qualifier, not the place itself ("cross-border").
export const AREA_EXCLUDE_BEFORE = /(?:cross|trans|inter|over)-$/i;

// The border named by no line of its own ("the border", "the heavily fortified frontier"): along 250 km, no place to
// mark; in a story at sea, the sea border.
export const BARE_BORDER = /^(?:(?:the|inter-korean|heavily[- ](?:fortified|armed|guarded|militari[sz]ed))\s+)*(?:border|frontier)$/i;
