export { learnOutletScales, OutletScaleLearner } from "./learn-outlet-scales.js";
export { isRatingNotation, normalizeRating, type RatingContext } from "./normalize-rating.js";
export type { OutletScale, OutletScales } from "./outlet-scales.js";
