/**
 * The admins' lists of reviews to check (/admin/checks, GET /api/checks, `reviews checks`):
 * those whose analysis flags what does not add up, the verdicts read rather than given (least
 * sure first), and the reviews readers reported.
 */
export type ChecksList = "flagged" | "unsure" | "reported";

/** Why a list of reviews to check is empty, in words the page and the command both say. */
export const NOTHING_TO_CHECK: Record<ChecksList, string> = {
  flagged: "no review's analysis flags anything",
  unsure: "every verdict was given by a critic, a rating or an admin",
  reported: "no reader has reported a review that an admin has not settled",
};
