export type TaxonomyErrorCode =
  /** Implications would go round in a circle (X ⇒ Y ⇒ X). */
  | "IMPLICATION_CYCLE"
  /** Two skills that only look alike (C and C#, Java and JavaScript) would be merged or linked. */
  | "LOOK_ALIKE"
  /** A name that is no skill of the catalogue where a canonical name is needed. */
  | "UNKNOWN_SKILL"
  /** A spelling whose key already belongs to another skill or domain. */
  | "ALIAS_TAKEN"
  /** A name with nothing to match on (empty, or punctuation only). */
  | "EMPTY_NAME"
  /** Two names an operator gave for two skills name the same one. */
  | "SAME_SKILL";

/** A change to the skill taxonomy refused for a reason retrying cannot fix. */
export class TaxonomyError extends Error {
  override name = "TaxonomyError";
  constructor(
    readonly code: TaxonomyErrorCode,
    message: string,
  ) {
    super(message);
  }
}
