/** A person who writes reviews, possibly for several outlets. */
export interface Critic {
  id: string;
  name: string;
  /** Whether an editor has marked the critic as a top critic. */
  topCritic: boolean;
}
